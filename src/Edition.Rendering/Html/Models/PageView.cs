namespace Edition.Rendering.Html.Models;

/// <summary>
/// What every page template knows about the page itself: its title, UI language, the relative prefixes to
/// the site root (<c>root</c>: assets, tei, search index) and to its language tree (<c>base</c>: pages).
/// </summary>
public sealed record PageView
{
    public required string Title { get; init; }
    public required string Kind { get; init; }
    public required string UiLang { get; init; }

    /// <summary>The interface's writing direction, "ltr" or "rtl" (set on the page's html element).</summary>
    public string UiDir { get; init; } = "ltr";

    /// <summary>The interface language's CLDR plural rule, for the site's script to pick a plural label's form.</summary>
    public string PluralRule { get; init; } = "";
    public required string Root { get; init; }
    public required string Base { get; init; }
    public required string Path { get; init; }
    public string? Canonical { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<MetaTag> Meta { get; init; } = [];
    public SafeHtml JsonLd { get; init; } = SafeHtml.Empty;
    public IReadOnlyList<LanguageLink> Languages { get; init; } = [];
}
