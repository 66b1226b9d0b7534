using MemoryPack;
namespace Edition.Tei.Reading.Views;

[MemoryPackable]
public sealed partial record ReadingView(IReadOnlyList<string> Witnesses, IReadOnlyList<InlineNode> Content);
