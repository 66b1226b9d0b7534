using MemoryPack;
namespace Edition.Tei.Reading.Views;

/// <summary>Everything a template needs to show one document, read from its TEI.</summary>
[MemoryPackable]
public sealed partial record DocumentView : DocumentDescription
{
    /// <summary>The xml:id of the document's division in its TEI file (null when the document is the whole file).</summary>
    public string? DivId { get; init; }

    /// <summary>"document", or "part" for a page of a volume that is not a document (a chapter's own text, front or back matter).</summary>
    public string Kind { get; init; } = "document";

    /// <summary>In a volume: "front", "body" or "back"; null for a document that is a whole file.</summary>
    public string? Matter { get; init; }

    /// <summary>In a volume: the page id and title of the part (chapter, compilation…) this page is in, null at the top.</summary>
    public string? PartId { get; init; }

    public string? PartTitle { get; init; }

    /// <summary>In a volume: the page's position among the volume's pages (documents and parts), in document order.</summary>
    public int Position { get; init; } = -1;

    /// <summary>The first words of a document with no title of its own (its label is then its date and these); null when it has a title.</summary>
    public string? Incipit { get; init; }

    /// <summary>The attributes of the document's element (its division, or the TEI root), named as the file writes them (<c>frus:doc-dateTime-min</c>): what an edition's own date rules read.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; init; } = [];

    /// <summary>The TEI file under tei/ this document is in (several documents may share one, as in FRUS).</summary>
    public required string TeiFile { get; init; }
    public CorrespondentView? Sender { get; init; }
    public CorrespondentView? Recipient { get; init; }
    public ArchiveView? Archive { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Identifiers { get; init; } = [];
    public string? SourceCitation { get; init; }
    public IReadOnlyList<TextView> Texts { get; init; } = [];
    public IReadOnlyList<SegmentRow> Rows { get; init; } = [];

    /// <summary>What stands before the texts, across their columns: the TEI <c>front</c> (title page, preface, cast list…).</summary>
    public IReadOnlyList<BlockView> Front { get; init; } = [];

    /// <summary>What stands after the texts: divisions beside parallel texts (apparatus, commentary, bibliography), <c>back</c>, a <c>sourceDoc</c>.</summary>
    public IReadOnlyList<BlockView> Back { get; init; } = [];
    public IReadOnlyList<NoteView> Notes { get; init; } = [];
    public IReadOnlyList<ApparatusView> Apparatus { get; init; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> Revisions { get; init; } = [];

    /// <summary>The page images (TEI <c>facsimile</c>), in order; empty when the document has none.</summary>
    public IReadOnlyList<SurfaceView> Facsimile { get; init; } = [];

    /// <summary>The IIIF manifest the page images come from, when given by URL (<c>facsimile/@sameAs</c>).</summary>
    public string? FacsimileManifest { get; init; }

    /// <summary>Ids of persons and places named in the document.</summary>
    public IReadOnlyList<string> PersonIds { get; init; } = [];
    public IReadOnlyList<string> PlaceIds { get; init; } = [];

    /// <summary>
    /// Of those, the persons and places only the header names (the sender, the addressee and their places, which the
    /// texts do not name): occurrences without a passage, which the print indexes at the document's description.
    /// </summary>
    public IReadOnlyList<string> HeaderPersonIds { get; init; } = [];
    public IReadOnlyList<string> HeaderPlaceIds { get; init; } = [];
}
