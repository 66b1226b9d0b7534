namespace Edition.Core.Source.Model;

/// <summary>Edition-level metadata from <c>edition.yml</c>.</summary>
public sealed record EditionInfo
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<Editor> Editors { get; init; } = [];
    public string? Publisher { get; init; }
    public Licence? Licence { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The site's interface languages (<c>ui_languages</c>), the first at the root; null: those of the edition's languages the templates have labels for.</summary>
    public IReadOnlyList<string>? UiLanguages { get; init; }

    /// <summary>Where edition.yml names the interface languages, for a finding about one of them.</summary>
    public Edition.Core.Text.SourceSpan? UiLanguagesSpan { get; init; }
    public string? BaseUrl { get; init; }

    /// <summary>Markdown text of the introduction and of the editorial principles (already read from their files).</summary>
    public string? Introduction { get; init; }
    public string? Principles { get; init; }

    /// <summary>Extra Schematron files the editor adds, relative to the project.</summary>
    public IReadOnlyList<string> Schematron { get; init; } = [];

    /// <summary>Schema for TEI-in documents that name none (relative path), or null for tei_all.</summary>
    public string? Schema { get; init; }

    /// <summary><c>date_attributes</c>: attributes of a document's element (<c>prefix:name</c> as the TEI writes it) that date it, tried before the built-in rules.</summary>
    public IReadOnlyList<string> DateAttributes { get; init; } = [];

    public ValidationPolicy Validation { get; init; } = ValidationPolicy.Error;

    /// <summary><c>print: {texts: …}</c>: how a document of more than two texts is printed.</summary>
    public PrintTexts PrintTexts { get; init; } = PrintTexts.Facing;

    /// <summary><c>print: {facsimiles: …}</c>: whether page images are printed as plates after their document.</summary>
    public PrintFacsimiles PrintFacsimiles { get; init; } = PrintFacsimiles.None;

    /// <summary><c>convention:</c>: the tradition of holdings whose archive's country names none, and of the print's dates and index order (null: English).</summary>
    public string? Convention { get; init; }
    public Text.SourceSpan ConventionSpan { get; init; }
}
