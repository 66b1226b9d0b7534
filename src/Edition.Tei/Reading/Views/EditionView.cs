namespace Edition.Tei.Reading.Views;

/// <summary>The whole edition as templates see it.</summary>
public sealed record EditionView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Editors { get; init; } = [];
    public string? Publisher { get; init; }
    public string? Licence { get; init; }
    public string? LicenceUrl { get; init; }
    public string? BaseUrl { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>edition.yml's <c>ui_languages</c>: the site's interface languages, the first at the root (null: the default).</summary>
    public IReadOnlyList<string>? UiLanguages { get; init; }

    /// <summary>Where edition.yml names the interface languages (null: not from an edition.yml).</summary>
    public Edition.Core.Text.SourceSpan? UiLanguagesSpan { get; init; }

    /// <summary>edition.yml's <c>print: {texts: …}</c>: "facing", "sequence" or "columns", how a document of more than two texts is printed.</summary>
    public string PrintTexts { get; init; } = "facing";

    /// <summary>edition.yml's <c>print: {facsimiles: …}</c>: "none" or "plates", whether page images are printed after their document.</summary>
    public string PrintFacsimiles { get; init; } = "none";

    /// <summary>Markdown of the introduction and principles (renderers convert it).</summary>
    public string? Introduction { get; init; }
    public string? Principles { get; init; }
    /// <summary>
    /// The documents, in order: their whole views, or, when <see cref="Stored"/> is set, their summaries (header,
    /// texts' languages, facsimile; no blocks, rows, notes or apparatus), whose whole views <see cref="Full"/> reads back.
    /// </summary>
    public IReadOnlyList<DocumentView> Documents { get; init; } = [];

    /// <summary>Where the documents' whole views wait while <see cref="Documents"/> holds summaries; null: it holds them whole.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IDocumentViewStore? Stored { get; init; }

    /// <summary>The volumes' pages that are not documents (chapters' own text, front and back matter), by file, in document order.</summary>
    public IReadOnlyList<DocumentView> Parts { get; init; } = [];
    public IReadOnlyList<EntryView> Persons { get; init; } = [];
    public IReadOnlyList<EntryView> Places { get; init; } = [];

    /// <summary>Glossary terms a TEI-in volume declares (FRUS <c>list[@type='terms']</c>), shown on the site's terms page.</summary>
    public IReadOnlyList<EntryView> Terms { get; init; } = [];

    /// <summary>The edition's TEI files holding documents, with the places of their ids (what links resolve against).</summary>
    public IReadOnlyList<TeiFileView> Files { get; init; } = [];

    /// <summary>edition.yml's <c>convention:</c>, or null.</summary>
    public string? Convention { get; init; }

    /// <summary>The conventions the edition may use (the shipped ones and its own: its templates' files, in the cache keys through them).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Core.Conventions.ConventionCatalog Conventions { get; init; } = Core.Conventions.ConventionCatalog.Shipped;

    /// <summary>A page's whole view (its texts, notes, apparatus): read back for a document's summary, else the view itself.</summary>
    public DocumentView Full(DocumentView page) => Stored?.Read(page) ?? page;

    /// <summary>Every document's whole view in order, each read back as its turn comes (none held by this list).</summary>
    public IEnumerable<DocumentView> FullDocuments() => Stored is null ? Documents : Documents.Select(Full);
}
