using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html.Models;

/// <summary>A document page: metadata for the header, the parallel rows, notes and apparatus, citations and downloads.</summary>
public sealed record DocumentPageView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Date { get; init; }
    public string? DateText { get; init; }
    public string? DocumentType { get; init; }
    public PartyView? Sender { get; init; }
    public PartyView? Recipient { get; init; }
    public ArchiveText? Archive { get; init; }
    public string? Physical { get; init; }
    public string? SourceTitle { get; init; }
    public string? SourceUrl { get; init; }
    public string? SourceRecord { get; init; }
    public string? Summary { get; init; }
    public string? Rights { get; init; }
    public string? Licence { get; init; }
    public string? LicenceUrl { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Responsibility { get; init; } = [];
    public IReadOnlyList<WitnessView> Witnesses { get; init; } = [];
    public IReadOnlyList<TextColumn> Columns { get; init; } = [];
    public IReadOnlyList<RowHtml> Rows { get; init; } = [];
    public IReadOnlyList<NoteHtml> Notes { get; init; } = [];
    public IReadOnlyList<NoteHtml> Apparatus { get; init; } = [];
    public required string TeiHref { get; init; }
    public required string CiteHref { get; init; }
    public required CitationView Citation { get; init; }

    /// <summary>Citations of each passage with an id (shown on the citation page).</summary>
    public IReadOnlyList<CitationView> SegmentCitations { get; init; } = [];
    public DocumentListItem? Previous { get; init; }
    public DocumentListItem? Next { get; init; }
}
