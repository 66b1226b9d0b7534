namespace Edition.Core.Source.Model;

/// <summary>A holding as document.yml gives it: the repository's name and the folios, from which the short form is made.</summary>
public sealed record ArchiveLocation : ArchiveHolding
{
    public required string Repository { get; init; }

    /// <summary><c>convention:</c>: the tradition this holding is cited in, whatever its country (null: chosen by the country).</summary>
    public string? Convention { get; init; }
    public Text.SourceSpan ConventionSpan { get; init; }

    /// <summary>A folio or a range: "64" or "64-65".</summary>
    public string? Folios { get; init; }

    public string? FolioFrom => Folios?.Split('-', '–')[0].Trim();

    public string? FolioTo => Folios is { } f && f.IndexOfAny(['-', '–']) > 0 ? f.Split('-', '–')[^1].Trim() : FolioFrom;

    /// <summary>A page or a range, where the document is paginated: "3" or "3-4" (beside or instead of folios).</summary>
    public string? Pages { get; init; }

    public string? PageFrom => Pages?.Split('-', '–')[0].Trim();

    public string? PageTo => Pages is { } p && p.IndexOfAny(['-', '–']) > 0 ? p.Split('-', '–')[^1].Trim() : PageFrom;

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
