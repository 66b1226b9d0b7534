using Edition.Core.Caching;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Rendering.Figures;
using Edition.Rendering.Html.Site;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// Renders the static HTML edition under <c>site/</c>: every page through the Scriban templates of
/// <c>templates/html/</c>, once per UI language with labels (templates/html/labels/) (the first at the root, others in
/// <c>&lt;lang&gt;/</c>), plus assets, the search index, citation files, TEI downloads and sitemap.xml.
/// All links are relative; output is ordered and free of timestamps, so two renders are byte-identical.
/// </summary>
public static class SiteRenderer
{
    /// <param name="cache">Pages of earlier builds or of shards (null: render every page).</param>
    /// <param name="shard">Only these documents' pages, into the cache (a shard of a corpus build): no edition pages, index or assets.</param>
    /// <param name="progress">Given the number of document page sets (documents × UI languages), what to call (from any thread) as each is done.</param>
    public static IReadOnlyList<OutputFile> Render(EditionView edition, IReadOnlyList<EncodedDocument> tei, TemplateSet templates, DiagnosticBag diagnostics, PageCache? cache = null, Func<int, bool>? shard = null, Func<int, Action>? progress = null, FigureImages? figures = null)
    {
        var files = new OutputList();
        Render(edition, tei, templates, diagnostics, files, cache, shard, progress, figures);
        return files;
    }

    /// <param name="files">Where each file goes as soon as it is made (document pages from the threads that render them), so the site's bytes need not all be held at once; a build that then fails discards them.</param>
    /// <param name="figures">The images of the edition's figures, found once per build (null: none copied, every local image absent).</param>
    public static void Render(EditionView edition, IReadOnlyList<EncodedDocument> tei, TemplateSet templates, DiagnosticBag diagnostics, IOutputSink files, PageCache? cache = null, Func<int, bool>? shard = null, Func<int, Action>? progress = null, FigureImages? figures = null)
    {
        using var site = new SiteRun(edition, tei, templates, diagnostics, files, cache, shard, figures);
        var documentDone = progress?.Invoke(edition.Documents.Count * site.Languages.Count);
        foreach (var labels in site.Languages)
        {
            var pages = new UiLanguagePages(site, labels);
            // A shard renders its documents only; the merge renders the edition's own pages and files.
            if (shard is null)
            {
                EditionPages.Render(site, pages);
            }

            DocumentPageSets.Render(site, pages, documentDone);
        }

        if (shard is null)
        {
            EditionFiles.Add(site, templates);
        }
    }
}
