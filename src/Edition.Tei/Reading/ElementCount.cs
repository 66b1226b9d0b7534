using MemoryPack;

namespace Edition.Tei.Reading;

/// <summary>How often one element name was met, and where first (line and column in its TEI file).</summary>
[MemoryPackable]
public sealed partial record ElementCount(string Name, int Count, int Line, int Column);
