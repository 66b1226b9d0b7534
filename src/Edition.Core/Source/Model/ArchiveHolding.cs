namespace Edition.Core.Source.Model;

/// <summary>
/// Where a document is held, in the parts of a Russian archival citation (f./op./p./d.): declared once for
/// document.yml's <see cref="ArchiveLocation"/> and the view read back from the TEI's <c>msIdentifier</c>.
/// </summary>
public abstract record ArchiveHolding
{
    public string? Country { get; init; }
    public string? Settlement { get; init; }
    public string? RepositoryAbbr { get; init; }
    public string? Collection { get; init; }
    public string? Fond { get; init; }
    public string? Opis { get; init; }
    public string? Papka { get; init; }
    public string? Delo { get; init; }
}
