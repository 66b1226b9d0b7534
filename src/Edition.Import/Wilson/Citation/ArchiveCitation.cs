namespace Edition.Import.Wilson.Citation;

/// <summary>
/// One archival holding named by a citation, split into its parts. <see cref="Repository"/> and
/// <see cref="Settlement"/> are null for an abbreviation the importer does not know.
/// </summary>
public sealed record ArchiveCitation(
    string RepositoryAbbr,
    string? Repository,
    string? Settlement,
    string? Country,
    string? Fond,
    string? Opis,
    string? Delo,
    string? Papka,
    string? Folios,
    string Text)
{
    public bool IsKnownRepository => Repository is not null;

    /// <summary>The first folio number of <see cref="Folios"/> ("64-65" → 64), for the first page break.</summary>
    public int? FirstFolio =>
        Folios is { Length: > 0 } f && int.TryParse(new string(f.TakeWhile(char.IsAsciiDigit).ToArray()), out var n) ? n : null;
}
