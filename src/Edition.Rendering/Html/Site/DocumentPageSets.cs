using Edition.Core.Caching;
using Edition.Core.Output;
using Edition.Core.Text;
using Edition.Rendering.Html.Models;
using Edition.Rendering.Search;
using Edition.Tei.Validation;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html.Site;

/// <summary>
/// Each document's page set in one UI language: its page and its cite page, and (in the first language) its search
/// entries and citation files. Documents are independent, so they are rendered in parallel, each taken from the
/// cache when its key is there, and then kept in document order, so everything comes out as a sequential run's.
/// </summary>
internal static class DocumentPageSets
{
    public static void Render(SiteRun site, UiLanguagePages pages, Action? documentDone)
    {
        var rendered = new DocumentPages[site.Pages.Count];
        Parallel.For(0, rendered.Length, i =>
        {
            rendered[i] = RenderOrReuse(site, pages, i);
            documentDone?.Invoke();
        });

        for (var i = 0; i < rendered.Length; i++)
        {
            site.Keep(rendered[i].Page);
            site.Keep(rendered[i].Cite);
            if (rendered[i].SpilledSearch is { } entries)
            {
                site.Search.Add((site.Pages[i].Id, entries));
            }
        }
    }

    private static DocumentPages RenderOrReuse(SiteRun site, UiLanguagePages pages, int i)
    {
        if (site.Shard is { } shard && !shard(i))
        {
            return DocumentPages.None;
        }

        // The whole view, read back from disk when the edition holds summaries (its figures enter the key).
        var d = site.Edition.Full(site.Pages[i]);

        var cache = site.Cache;
        var key = cache is null ? null : CacheKey.Of(site.SharedKey, pages.Tree, d.Id, site.TeiHashes![d.TeiFile], pages.IsFirst ? "1" : "0", site.Figures.KeyOf(d));
        if (key is not null && cache!.Get(key) is { } entry && cache.KeepContent(key))
        {
            return Give(site, cache.Decode(entry, bytes => CachedPages.Read(bytes, (offset, length, total) => cache.Content(key, offset, length, total))));
        }

        if (cache is { Strict: true })
        {
            var missing = ValidationDiagnostics.NotInShards.At(SourceSpan.None("tei/" + d.TeiFile), $"no shard holds the pages of document {d.Id}: build every shard (`edition build --shard i/N`) from the same sources, templates, options and Edition version");
            return DocumentPages.None with { Page = new RenderedPage("shard:" + d.Id, null, null, [missing]) };
        }

        var set = RenderSet(site, pages, d);
        if (key is not null && set.Page.File is not null && set.Cite.File is not null && set.Page.Diagnostics.Count + set.Cite.Diagnostics.Count == 0)
        {
            var (pageIndex, pageBytes) = CachedPages.Write(set);
            cache!.Put(key, pageIndex);
            cache.PutContent(key, pageBytes);
        }

        return Give(site, set);
    }

    private static DocumentPages RenderSet(SiteRun site, UiLanguagePages pages, DocumentView d)
    {
        var path = LinkResolver.DocumentPath(d.Id);
        var segmentSink = pages.IsFirst ? new List<SearchSegment>() : null;
        var citationSink = pages.IsFirst ? new List<OutputFile>() : null;
        DocumentPageView? view = null;
        // A volume's part (a chapter's own text, front or back matter) has a page of its own kind: its text, then its contents.
        var (template, kind) = d.Kind == "part" ? ("part.sbn", "part") : ("document.sbn", "document");
        var title = DocumentLabel.Of(d, pages.Labels);
        var page = pages.Page(path, template, kind, title, (c, m) => m with { Document = view = pages.Documents.Build(d, c, pages.Labels, segmentSink, citationSink) }, d);
        var cite = pages.Page(path[..^".html".Length] + ".cite.html", "cite.sbn", "cite", pages.Labels.Get("cite_this") + ": " + title, (c, m) => m with
        {
            Document = site.CiteOverridden || view is null ? pages.Documents.Build(d, c with { DocumentId = null }, pages.Labels, null, null) : view,
        }, d);
        return new DocumentPages(page, cite, segmentSink is null ? [] : DocumentSearchData.Encode(segmentSink), citationSink ?? []);
    }

    /// <summary>
    /// A document's files go out from the thread that rendered them, and only what the sequential pass needs (URLs,
    /// diagnostics, search entries) is kept. Should a template fail, the build fails and writes nothing, so files
    /// given before the failure was known do no harm.
    /// </summary>
    private static DocumentPages Give(SiteRun site, DocumentPages pages)
    {
        pages.CitationFiles.ForEach(site.Files.Add);
        var search = pages.SearchEntries.Length > 0 ? site.SearchSpill.Add(pages.SearchEntries) : (SpilledBytes?)null;
        return pages with { Page = Give(site, pages.Page), Cite = Give(site, pages.Cite), CitationFiles = [], SearchEntries = [], SpilledSearch = search };
    }

    private static RenderedPage Give(SiteRun site, RenderedPage page)
    {
        if (page.File is null)
        {
            return page;
        }

        site.Files.Add(page.File);
        return page with { File = null, Given = true };
    }
}
