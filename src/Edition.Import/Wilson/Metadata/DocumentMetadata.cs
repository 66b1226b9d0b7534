using Edition.Import.Wilson.Citation;

namespace Edition.Import.Wilson.Metadata;

/// <summary>Everything document.yml records, as derived from the export.</summary>
internal sealed record DocumentMetadata
{
    public required string Title { get; init; }

    public required string Date { get; init; }

    public required string Type { get; init; }

    public required string TypeLabel { get; init; }

    public string? SenderPerson { get; init; }

    public string? SenderPlace { get; init; }

    public string? RecipientPerson { get; init; }

    public string? RecipientPlace { get; init; }

    public string? Received { get; init; }

    public IReadOnlyList<ArchiveCitation> Archives { get; init; } = [];

    public IReadOnlyList<(string Type, string Value, string Label)> Identifiers { get; init; } = [];

    public string? SourceUrl { get; init; }

    public string? Record { get; init; }

    public required string Citation { get; init; }

    public string? Summary { get; init; }

    public required string Language { get; init; }

    public required string TranslationLanguage { get; init; }

    public required string TranslationCredit { get; init; }

    public required string Rights { get; init; }

    public required string Witness { get; init; }

    public required string WitnessLabel { get; init; }

    public required string RevisionDate { get; init; }

    public required string RevisionWho { get; init; }

    public required string RevisionWhat { get; init; }
}
