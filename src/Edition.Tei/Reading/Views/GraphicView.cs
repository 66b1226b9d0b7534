using MemoryPack;

namespace Edition.Tei.Reading.Views;

/// <summary>
/// One image of a figure: its <c>graphic/@url</c> as written (relative to the TEI file's folder, or an absolute
/// URL) and where the graphic stands in the TEI file, so a missing image is reported at the author's line.
/// </summary>
[MemoryPackable]
public sealed partial record GraphicView(string Url, int Line, int Column);
