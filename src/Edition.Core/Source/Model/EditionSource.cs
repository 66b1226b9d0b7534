namespace Edition.Core.Source.Model;

/// <summary>Everything an edition project holds, loaded and checked for references.</summary>
public sealed record EditionSource(
    string Root,
    EditionInfo Info,
    IReadOnlyList<Person> Persons,
    IReadOnlyList<Place> Places,
    IReadOnlyList<DocumentSource> Documents);
