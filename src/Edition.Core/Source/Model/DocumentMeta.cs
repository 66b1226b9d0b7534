using Edition.Core.Text;

namespace Edition.Core.Source.Model;

/// <summary>A document's <c>document.yml</c>.</summary>
public sealed record DocumentMeta
{
    public required string Title { get; init; }

    /// <summary>The title in the print edition's running heads (<c>short_title:</c>), when the title is too long for them.</summary>
    public string? ShortTitle { get; init; }
    public required string Date { get; init; }
    public string? Type { get; init; }
    public string? TypeLabel { get; init; }
    public Correspondent? Sender { get; init; }
    public Correspondent? Recipient { get; init; }

    /// <summary>The first holding is the document's identifier; further ones are alternative holdings.</summary>
    public IReadOnlyList<ArchiveLocation> Archives { get; init; } = [];
    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];
    public string? Physical { get; init; }
    public SourcePublication? Source { get; init; }
    public string? Summary { get; init; }
    /// <summary>The original's language, whether or not the original is transcribed.</summary>
    public required string Language { get; init; }
    public TranslationInfo? Translation { get; init; }
    public string? Rights { get; init; }
    public IReadOnlyList<Witness> Witnesses { get; init; } = [];
    public IReadOnlyList<Revision> Revisions { get; init; } = [];

    /// <summary>The hands that wrote in the document (<c>hands:</c>), for hand shifts and a change's <c>hand=</c>.</summary>
    public IReadOnlyList<Hand> Hands { get; init; } = [];

    /// <summary>The text the others align with, by file name without <c>.md</c> (<c>base:</c>); null: the original, else the first translation.</summary>
    public string? Base { get; init; }

    public SourceSpan? BaseSpan { get; init; }

    /// <summary>The page images (<c>facsimile:</c>), null when the document has none.</summary>
    public Facsimile? Facsimile { get; init; }
    public required SourceSpan Span { get; init; }
}
