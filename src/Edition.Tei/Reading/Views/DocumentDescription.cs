namespace Edition.Tei.Reading.Views;

/// <summary>
/// What the edition says of a document, as its TEI header records it: declared once, shared by the reading view
/// (<see cref="DocumentView"/>) and the views made from it, so templates read the same names everywhere.
/// </summary>
public abstract record DocumentDescription
{
    /// <summary>
    /// Unique in the edition: a volume's documents (a TEI file of several <c>div[@type='document']</c>, as FRUS)
    /// are named by volume and division, <c>frus1894Nicaragua-d112</c>, since every volume numbers its own.
    /// </summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The title's short form (<c>titleStmt/title[@type='short']</c>), for the print edition's running heads.</summary>
    public string? ShortTitle { get; init; }
    public string? Date { get; init; }
    public string? DocumentType { get; init; }
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
}
