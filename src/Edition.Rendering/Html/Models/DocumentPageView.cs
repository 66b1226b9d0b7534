using System.Diagnostics.CodeAnalysis;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html.Models;

/// <summary>
/// A document page: the document's description (with the edition's licence where the document has none) and,
/// for the header, its parties and holding as links and text; the parallel rows, notes and apparatus, citations and downloads.
/// </summary>
public sealed record DocumentPageView : DocumentDescription
{
    [SetsRequiredMembers]
    public DocumentPageView(DocumentDescription description, string teiHref, string citeHref, CitationView citation)
        : base(description)
    {
        TeiHref = teiHref;
        CiteHref = citeHref;
        Citation = citation;
    }

    public string? DateText { get; init; }
    public PartyView? Sender { get; init; }
    public PartyView? Recipient { get; init; }
    public ArchiveText? Archive { get; init; }
    /// <summary>The nested list of the document's headed divisions, linked to them; empty when it has fewer than two.</summary>
    public SafeHtml TableOfContents { get; init; } = SafeHtml.Empty;

    /// <summary>The page images beside the text (empty without them); the page then loads the viewer.</summary>
    public SafeHtml Facsimile { get; init; } = SafeHtml.Empty;
    public IReadOnlyList<TextColumn> Columns { get; init; } = [];
    public IReadOnlyList<RowHtml> Rows { get; init; } = [];

    /// <summary>What the synoptic view may set side by side: the texts, then the witnesses reconstructed from the apparatus.</summary>
    public IReadOnlyList<SynopticSource> Synoptic { get; init; } = [];

    /// <summary>The matter before the texts (TEI front), across the columns; empty when there is none.</summary>
    public SafeHtml Front { get; init; } = SafeHtml.Empty;

    /// <summary>The matter after the texts (divisions beside parallel texts, TEI back, a sourceDoc).</summary>
    public SafeHtml Back { get; init; } = SafeHtml.Empty;
    public IReadOnlyList<NoteHtml> Notes { get; init; } = [];
    public IReadOnlyList<NoteHtml> Apparatus { get; init; } = [];
    public string TeiHref { get; init; }
    public string CiteHref { get; init; }
    public CitationView Citation { get; init; }

    /// <summary>Citations of each passage with an id (shown on the citation page).</summary>
    public IReadOnlyList<CitationView> SegmentCitations { get; init; } = [];
    public DocumentListItem? Previous { get; init; }
    public DocumentListItem? Next { get; init; }

    /// <summary>Whether the page shows a TeX formula: only then does it load KaTeX.</summary>
    public bool HasTexFormulas { get; init; }

    /// <summary>The signs of the manuscript's changes the text uses, for the diplomatic view's legend (empty: no legend).</summary>
    public IReadOnlyList<SignHtml> Signs { get; init; } = [];

    /// <summary>In a volume: the parts (chapter, compilation…) the page is in, outermost first.</summary>
    public IReadOnlyList<PageLink> Trail { get; init; } = [];

    /// <summary>A volume's part: the pages directly inside it (its sections and documents), in the volume's order.</summary>
    public IReadOnlyList<PageLink> Contents { get; init; } = [];
}
