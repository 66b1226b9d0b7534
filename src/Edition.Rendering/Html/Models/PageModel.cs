using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html.Models;

/// <summary>
/// The globals of every page template: <c>edition</c> (the edition's view model), <c>page</c>, and the member of
/// the page's kind (<c>document</c>, <c>documents</c>, <c>entries</c>, <c>introduction</c>/<c>principles</c>).
/// </summary>
public sealed record PageModel
{
    public required EditionView Edition { get; init; }
    public required PageView Page { get; init; }
    public DocumentPageView? Document { get; init; }
    public IReadOnlyList<DocumentListItem> Documents { get; init; } = [];
    public IReadOnlyList<EntryItem> Entries { get; init; } = [];
    public IReadOnlyList<FilterOption> PersonFilter { get; init; } = [];
    public IReadOnlyList<FilterOption> PlaceFilter { get; init; } = [];
    public IReadOnlyList<FilterOption> LanguageFilter { get; init; } = [];
    public SafeHtml Introduction { get; init; } = SafeHtml.Empty;
    public SafeHtml Principles { get; init; } = SafeHtml.Empty;

    /// <summary>Absolute page URLs for sitemap.xml.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];
}
