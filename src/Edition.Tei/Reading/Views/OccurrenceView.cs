using MemoryPack;
namespace Edition.Tei.Reading.Views;

/// <summary>Where an index entry is named: document, segment (anchor), language, and the form used there.</summary>
[MemoryPackable]
public sealed partial record OccurrenceView(string DocumentId, string DocumentTitle, string? SegmentId, string Lang, string Form);
