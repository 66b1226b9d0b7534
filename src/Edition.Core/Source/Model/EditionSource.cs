namespace Edition.Core.Source.Model;

/// <summary>Everything an edition project holds, loaded and checked for references.</summary>
public sealed record EditionSource(
    string Root,
    EditionInfo Info,
    IReadOnlyList<Person> Persons,
    IReadOnlyList<Place> Places,
    IReadOnlyList<DocumentSource> Documents)
{
    /// <summary>The conventions the edition may name (the shipped ones and its own).</summary>
    public Conventions.ConventionCatalog Conventions { get; init; } = Edition.Core.Conventions.ConventionCatalog.Shipped;
}
