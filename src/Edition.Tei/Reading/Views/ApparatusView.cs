using MemoryPack;
namespace Edition.Tei.Reading.Views;

/// <summary>An apparatus entry: lemma ] readings with their witness sigla.</summary>
[MemoryPackable]
public sealed partial record ApparatusView(string Id, int Number, string Lang, IReadOnlyList<InlineNode> Lemma, IReadOnlyList<string> LemmaWitnesses, IReadOnlyList<ReadingView> Readings, string? SegmentId);
