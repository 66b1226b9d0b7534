using MemoryPack;
namespace Edition.Tei.Reading.Views;

/// <summary>An editorial note, numbered through the document (original first, then translations).</summary>
[MemoryPackable]
public sealed partial record NoteView(string Id, int Number, string Lang, string? Type, IReadOnlyList<InlineNode> Content, string? SegmentId);
