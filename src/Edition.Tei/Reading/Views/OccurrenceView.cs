namespace Edition.Tei.Reading.Views;

/// <summary>Where an index entry is named: document, segment (anchor), language, and the form used there.</summary>
public sealed record OccurrenceView(string DocumentId, string DocumentTitle, string? SegmentId, string Lang, string Form);
