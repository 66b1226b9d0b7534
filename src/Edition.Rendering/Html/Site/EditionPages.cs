using Edition.Core.Caching;
using Edition.Rendering.Html.Models;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html.Site;

/// <summary>
/// The edition's own pages in one UI language: home, document list, indexes of persons, places (and terms where a
/// volume declares them), about and search. They read the edition and the document lists (the shared cache key)
/// and nothing of any document's text but its languages, so an edit inside one document leaves them as they were.
/// </summary>
internal static class EditionPages
{
    public static void Render(SiteRun site, UiLanguagePages pages)
    {
        var languageFilter = LanguageFilter(site.Edition, pages.Labels);
        var key = site.Cache is null ? null : CacheKey.Of(site.SharedKey, pages.Tree, "edition pages", string.Join("\n", languageFilter.Select(f => f.Value + "=" + f.Label)));
        if (key is not null && site.Cache!.Get(key, counted: false) is { } cached)
        {
            site.Cache.Decode(cached, CachedPages.ReadList).ForEach(site.Keep);
            return;
        }

        var rendered = RenderAll(site, pages, languageFilter);
        rendered.ForEach(site.Keep);
        if (key is not null && rendered.All(p => p.File is not null && p.Diagnostics.Count == 0))
        {
            site.Cache!.Put(key, CachedPages.WriteList(rendered));
        }
    }

    private static List<RenderedPage> RenderAll(SiteRun site, UiLanguagePages pages, List<FilterOption> languageFilter)
    {
        var edition = site.Edition;
        var labels = pages.Labels;
        var index = pages.Index;
        var rendered = new List<RenderedPage>
        {
            pages.Page("index.html", "index.sbn", "home", edition.Title, (_, m) => m with { Introduction = site.Introduction, Documents = index.Documents }),
            pages.Page("documents.html", "documents.sbn", "documents", labels.Get("documents"), (_, m) => m with
            {
                Documents = index.Listing,
                PersonFilter = EntryFilter(edition.Persons, index, d => d.Persons, labels.Lang),
                PlaceFilter = EntryFilter(edition.Places, index, d => d.Places, labels.Lang),
                LanguageFilter = languageFilter,
            }),
            pages.Page(LinkResolver.PersonsPath, "entries.sbn", "persons", labels.Get("persons"), (c, m) => m with { Entries = Entries(edition, edition.Persons, c, labels.Lang) }),
            pages.Page("places.html", "entries.sbn", "places", labels.Get("places"), (c, m) => m with { Entries = Entries(edition, edition.Places, c, labels.Lang) }),
        };

        // A glossary only where a volume declares one (FRUS terms).
        if (edition.Terms.Count > 0)
        {
            rendered.Add(pages.Page(LinkResolver.TermsPath, "entries.sbn", "terms", labels.Get("terms"), (c, m) => m with { Entries = Entries(edition, edition.Terms, c, labels.Lang) }));
        }

        rendered.Add(pages.Page("about.html", "about.sbn", "about", labels.Get("about"), (_, m) => m with { Introduction = site.Introduction, Principles = site.Principles }));
        rendered.Add(pages.Page("search.html", "search.sbn", "search", labels.Get("search")));
        return rendered;
    }

    /// <summary>The document list's language filter: each language a text of the edition is in, by its label.</summary>
    private static List<FilterOption> LanguageFilter(EditionView edition, Labels labels) =>
        edition.Documents.SelectMany(d => d.Texts).GroupBy(t => t.Lang).Where(g => g.Key.Length > 0)
            .Select(g => new FilterOption(g.Key, labels.Find("lang_" + g.Key) ?? g.First().LanguageName)).ToList();

    /// <summary>The entries of an authority list that some listed document names, as filter options.</summary>
    private static List<FilterOption> EntryFilter(IReadOnlyList<EntryView> entries, SiteIndex index, Func<DocumentListItem, IEnumerable<string>> named, string lang) =>
        entries.Where(e => index.Documents.Any(d => named(d).Contains(e.Id))).Select(e => new FilterOption(e.Id, EntryName(e, lang))).ToList();

    private static string EntryName(EntryView e, string lang) => e.Names.FirstOrDefault(n => n.Key == lang).Value ?? e.Name;

    /// <summary>An index page's entries in the order of the UI language's tradition (<see cref="IndexSort"/>).</summary>
    private static List<EntryItem> Entries(EditionView edition, IReadOnlyList<EntryView> entries, PageContext page, string lang) =>
        IndexSort.Order(entries, e => EntryName(e, lang), edition, edition.Conventions.ForLanguage(lang)).Select(e => new EntryItem
        {
            Id = e.Id,
            Name = EntryName(e, lang),
            Names = e.Names,
            Dates = e.Birth is null && e.Death is null ? null : $"{e.Birth ?? "?"}–{e.Death ?? ""}",
            Note = e.Note,
            Links = e.Links,
            Occurrences = e.Occurrences.Select(o => new OccurrenceLink(o.DocumentTitle, o.Form, o.Lang, page.Page(LinkResolver.DocumentPath(o.DocumentId), o.SegmentId))).ToList(),
        }).ToList();
}
