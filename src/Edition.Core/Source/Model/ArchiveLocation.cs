namespace Edition.Core.Source.Model;

/// <summary>Where the document is held, in the parts of a Russian archival citation (f./op./d./ll.).</summary>
public sealed record ArchiveLocation
{
    public string? Country { get; init; }
    public string? Settlement { get; init; }
    public required string Repository { get; init; }
    public string? RepositoryAbbr { get; init; }
    public string? Collection { get; init; }
    public string? Fond { get; init; }
    public string? Opis { get; init; }
    public string? Papka { get; init; }
    public string? Delo { get; init; }

    /// <summary>A folio or a range: "64" or "64-65".</summary>
    public string? Folios { get; init; }

    public string? FolioFrom => Folios?.Split('-', '–')[0].Trim();

    public string? FolioTo => Folios is { } f && f.IndexOfAny(['-', '–']) > 0 ? f.Split('-', '–')[^1].Trim() : FolioFrom;

    /// <summary>The conventional short form: "f. 45, op. 1, d. 339, ll. 64-65".</summary>
    public string Shelfmark
    {
        get
        {
            var parts = new List<string>();
            if (Fond is not null) parts.Add($"f. {Fond}");
            if (Opis is not null) parts.Add($"op. {Opis}");
            if (Papka is not null) parts.Add($"p. {Papka}");
            if (Delo is not null) parts.Add($"d. {Delo}");
            if (Folios is not null) parts.Add((FolioFrom != FolioTo ? "ll. " : "l. ") + Folios);
            return string.Join(", ", parts);
        }
    }
}
