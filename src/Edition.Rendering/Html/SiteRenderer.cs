using Edition.Core.Caching;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Text;
using Edition.Rendering.Html.Models;
using Edition.Rendering.Search;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// Renders the static HTML edition under <c>site/</c>: every page through the Scriban templates of
/// <c>templates/html/</c>, once per UI language of labels.json (the first at the root, others in
/// <c>&lt;lang&gt;/</c>), plus assets, the search index, citation files, TEI downloads and sitemap.xml.
/// All links are relative; output is ordered and free of timestamps, so two renders are byte-identical.
/// </summary>
public static class SiteRenderer
{
    /// <param name="cache">Pages of earlier builds or of shards (null: render every page).</param>
    /// <param name="shard">Only these documents' pages, into the cache (a shard of a corpus build): no edition pages, index or assets.</param>
    /// <param name="progress">Given the number of document page sets (documents × UI languages), what to call (from any thread) as each is done.</param>
    public static IReadOnlyList<OutputFile> Render(EditionView edition, IReadOnlyList<EncodedDocument> tei, TemplateSet templates, DiagnosticBag diagnostics, PageCache? cache = null, Func<int, bool>? shard = null, Func<int, Action>? progress = null)
    {
        var files = new OutputList();
        Render(edition, tei, templates, diagnostics, files, cache, shard, progress);
        return files;
    }

    /// <param name="files">Where each file goes as soon as it is made (document pages from the threads that render them), so the site's bytes need not all be held at once; a build that then fails discards them.</param>
    public static void Render(EditionView edition, IReadOnlyList<EncodedDocument> tei, TemplateSet templates, DiagnosticBag diagnostics, IOutputSink files, PageCache? cache = null, Func<int, bool>? shard = null, Func<int, Action>? progress = null)
    {
        var renderer = new TemplateRenderer(templates, "html");
        var links = new LinkResolver(edition, RenderedIds.Collect(edition));
        var citations = new CitationBuilder(edition);
        var search = new List<(string DocumentId, byte[] Entries)>();
        var languages = UiLanguages(Labels.Load(templates, diagnostics), edition, diagnostics);
        var documentDone = progress?.Invoke(edition.Documents.Count * languages.Count);
        var functions = languages.ToDictionary(l => l, HtmlFunctions.Create);
        var introduction = MarkdownHtml.Render(edition.Introduction);
        var principles = MarkdownHtml.Render(edition.Principles);
        var urls = new List<string>();

        // A broken template is reported once, not once per page and UI language: pages are rendered (in
        // parallel for documents) into results that are kept in sequential order, so a page whose template
        // failed earlier in that order is dropped, exactly as if it had never been rendered.
        var failed = new HashSet<string>(StringComparer.Ordinal);
        void Keep(RenderedPage page)
        {
            if (ReferenceEquals(page, RenderedPage.Skipped) || failed.Contains(page.Template))
            {
                return;
            }

            diagnostics.AddRange(page.Diagnostics);
            if (page.File is null && !page.Given)
            {
                failed.Add(page.Template);
                return;
            }

            if (!page.Given)
            {
                files.Add(page.File!);
            }

            if (page.Url is not null)
            {
                urls.Add(page.Url);
            }
        }

        // The default cite.sbn shows citations only, so the cite page reuses its document's page view; an
        // edition's own cite.sbn may show the text, whose in-page links must then point at the document page.
        var citeOverridden = templates.OverrideDirectory is { } overrides && File.Exists(Path.Combine(overrides, "html", "cite.sbn"));
        var shared = cache is null ? "" : CacheKeys.Shared(edition, tei, templates, links, languages.Select(l => new SiteIndex(edition, l.Lang)));
        var teiHashes = cache is null ? null : CacheKeys.TeiHashes(tei);

        foreach (var labels in languages)
        {
            var tree = labels == languages[0] ? "" : labels.Lang + "/";
            var index = new SiteIndex(edition, labels.Lang);
            var documents = new DocumentPageBuilder(edition, index, citations);
            var first = labels == languages[0];

            RenderedPage Page(string path, string template, string kind, string title, Func<PageContext, PageModel, PageModel>? fill = null, DocumentView? document = null)
            {
                var root = string.Concat(Enumerable.Repeat("../", (tree + path).Count(c => c == '/')));
                var context = new PageContext(root, string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/'))), labels.Lang, document?.Id, links);
                var absolute = edition.BaseUrl is { Length: > 0 } b ? b.TrimEnd('/') + "/" + tree + path : null;
                var model = new PageModel
                {
                    Edition = edition,
                    Page = new PageView
                    {
                        Title = title,
                        Kind = kind,
                        UiLang = labels.Lang,
                        Root = root,
                        Base = context.Base,
                        Path = path,
                        Canonical = absolute,
                        Description = document?.Summary ?? edition.Subtitle,
                        Languages = languages.Select(l => new LanguageLink(l.Lang, l.Get("language_name"), root + (l == languages[0] ? "" : l.Lang + "/") + path, l == labels)).ToList(),
                        Meta = document is null ? [] : DocumentMetadata.Meta(edition, document, absolute, edition.BaseUrl is { Length: > 0 } u ? u.TrimEnd('/') + "/tei/" + document.TeiFile : null),
                        JsonLd = document is null ? SafeHtml.Empty : DocumentMetadata.JsonLd(edition, document, absolute),
                    },
                    Urls = urls,
                };
                model = fill?.Invoke(context, model) ?? model;
                var bag = new DiagnosticBag();
                var html = renderer.Render(template, model, bag, functions[labels]);
                return new RenderedPage(template, html is null ? null : OutputFile.Text("site/" + tree + path, html), absolute, bag.Sorted());
            }

            // A shard renders its documents only; the merge renders the edition's own pages.
            if (shard is null)
            {
                KeepEditionPages();
            }

            void KeepEditionPages()
            {
                // The edition's own pages read the edition and the document lists (the shared key) and nothing of
                // any document's text but its languages: an edit inside one document leaves them as they were.
                var languageFilter = edition.Documents.SelectMany(d => d.Texts).GroupBy(t => t.Lang).Where(g => g.Key.Length > 0).Select(g => new FilterOption(g.Key, labels.Find("lang_" + g.Key) ?? g.First().LanguageName)).ToList();
                var editionKey = cache is null ? null : CacheKey.Of(shared, tree, "edition pages", string.Join("\n", languageFilter.Select(f => f.Value + "=" + f.Label)));
                if (editionKey is not null && cache!.Get(editionKey, counted: false) is { } editionBytes)
                {
                    cache.Decode(editionBytes, CachedPages.ReadList).ForEach(Keep);
                }
                else
                {
                    var editionPages = new List<RenderedPage>
                    {
                        Page("index.html", "index.sbn", "home", edition.Title, (_, m) => m with { Introduction = introduction, Documents = index.Documents }),
                        Page("documents.html", "documents.sbn", "documents", labels.Get("documents"), (_, m) => m with
                        {
                            Documents = index.Documents,
                            PersonFilter = edition.Persons.Where(p => index.Documents.Any(d => d.Persons.Contains(p.Id))).Select(p => new FilterOption(p.Id, EntryName(p, labels.Lang))).ToList(),
                            PlaceFilter = edition.Places.Where(p => index.Documents.Any(d => d.Places.Contains(p.Id))).Select(p => new FilterOption(p.Id, EntryName(p, labels.Lang))).ToList(),
                            LanguageFilter = languageFilter,
                        }),
                        Page(LinkResolver.PersonsPath, "entries.sbn", "persons", labels.Get("persons"), (c, m) => m with { Entries = Entries(edition.Persons, c, labels.Lang) }),
                        Page("places.html", "entries.sbn", "places", labels.Get("places"), (c, m) => m with { Entries = Entries(edition.Places, c, labels.Lang) }),
                    };

                    // A glossary only where a volume declares one (FRUS terms).
                    if (edition.Terms.Count > 0)
                    {
                        editionPages.Add(Page(LinkResolver.TermsPath, "entries.sbn", "terms", labels.Get("terms"), (c, m) => m with { Entries = Entries(edition.Terms, c, labels.Lang) }));
                    }

                    editionPages.Add(Page("about.html", "about.sbn", "about", labels.Get("about"), (_, m) => m with { Introduction = introduction, Principles = principles }));
                    editionPages.Add(Page("search.html", "search.sbn", "search", labels.Get("search")));
                    editionPages.ForEach(Keep);
                    if (editionKey is not null && editionPages.All(p => p.File is not null && p.Diagnostics.Count == 0))
                    {
                        cache!.Put(editionKey, CachedPages.WriteList(editionPages));
                    }
                }
            }

            // Documents are independent: render them in parallel into per-document results, then keep them in
            // document order, so files, URLs, search segments and citation files come out as a sequential run's.
            var rendered = new DocumentPages[edition.Documents.Count];
            Parallel.For(0, rendered.Length, i =>
            {
                RenderDocument(i);
                documentDone?.Invoke();
            });

            void RenderDocument(int i)
            {
                var d = edition.Documents[i];
                if (shard is not null && !shard(i))
                {
                    rendered[i] = DocumentPages.None;
                    return;
                }

                var key = cache is null ? null : CacheKey.Of(shared, tree, d.Id, teiHashes![d.TeiFile], first ? "1" : "0");
                if (key is not null && cache!.Get(key) is { } entry && cache.KeepContent(key))
                {
                    rendered[i] = Give(cache.Decode(entry, bytes => CachedPages.Read(bytes, (offset, length, total) => cache.Content(key, offset, length, total))));
                    return;
                }

                if (cache is { Strict: true })
                {
                    var missing = Diagnostic.Error("ED6101", SourceSpan.None("tei/" + d.TeiFile), $"no shard holds the pages of document {d.Id}: build every shard (`edition build --shard i/N`) from the same sources, templates, options and Edition version");
                    rendered[i] = DocumentPages.None with { Page = new RenderedPage("shard:" + d.Id, null, null, [missing]) };
                    return;
                }

                var path = LinkResolver.DocumentPath(d.Id);
                var segmentSink = first ? new List<SearchSegment>() : null;
                var citationSink = first ? new List<OutputFile>() : null;
                DocumentPageView? view = null;
                var page = Page(path, "document.sbn", "document", d.Title, (c, m) => m with { Document = view = documents.Build(d, c, labels, segmentSink, citationSink) }, d);
                var cite = Page(path[..^".html".Length] + ".cite.html", "cite.sbn", "cite", labels.Get("cite_this") + ": " + d.Title, (c, m) => m with
                {
                    Document = citeOverridden || view is null ? documents.Build(d, c with { DocumentId = null }, labels, null, null) : view,
                }, d);
                var pages = new DocumentPages(page, cite, segmentSink is null ? [] : SearchIndexBuilder.Entries(segmentSink), citationSink ?? []);
                if (key is not null && page.File is not null && cite.File is not null && page.Diagnostics.Count + cite.Diagnostics.Count == 0)
                {
                    var (pageIndex, pageBytes) = CachedPages.Write(pages);
                    cache!.Put(key, pageIndex);
                    cache.PutContent(key, pageBytes);
                }

                rendered[i] = Give(pages);
            }

            // A document's files go out from the thread that rendered them, and only what the sequential pass
            // needs (URLs, diagnostics, search entries) is kept. Should a template fail, the build fails and
            // writes nothing, so files given before the failure was known do no harm.
            DocumentPages Give(DocumentPages pages)
            {
                RenderedPage Slim(RenderedPage page)
                {
                    if (page.File is null)
                    {
                        return page;
                    }

                    files.Add(page.File);
                    return page with { File = null, Given = true };
                }

                pages.CitationFiles.ForEach(files.Add);
                return pages with { Page = Slim(pages.Page), Cite = Slim(pages.Cite), CitationFiles = [] };
            }

            for (var i = 0; i < rendered.Length; i++)
            {
                var r = rendered[i];
                Keep(r.Page);
                Keep(r.Cite);
                if (r.SearchEntries.Length > 0)
                {
                    search.Add((edition.Documents[i].Id, r.SearchEntries));
                }
            }
        }

        if (shard is not null)
        {
            return;
        }

        foreach (var (relative, path) in templates.Assets("html/assets"))
        {
            files.Add(new OutputFile("site/assets/" + relative, File.ReadAllBytes(path)));
        }

        files.Add(new OutputFile("site/assets/search-index.js", SearchIndexBuilder.Build(edition, search)));
        foreach (var document in tei.OrderBy(d => d.FileName, StringComparer.Ordinal))
        {
            files.Add(document.AsOutput("site/tei/"));
        }

        if (edition.BaseUrl is { Length: > 0 })
        {
            var sitemap = renderer.Render("sitemap.sbn", new PageModel { Edition = edition, Page = new PageView { Title = "", Kind = "sitemap", UiLang = languages[0].Lang, Root = "", Base = "", Path = "sitemap.xml" }, Urls = urls }, diagnostics, functions[languages[0]]);
            if (sitemap is not null)
            {
                files.Add(OutputFile.Text("site/sitemap.xml", sitemap));
            }
        }
        else
        {
            diagnostics.Add(Diagnostic.Warning("ED5011", SourceSpan.None("edition.yml"), "no base_url in edition.yml: sitemap.xml and absolute citation URLs are left out of the site"));
        }
    }


    /// <summary>
    /// The site's interface languages: edition.yml's <c>ui_languages</c>, else those of the edition's languages
    /// the labels cover (an English edition gets an English interface only), else the labels' first.
    /// </summary>
    private static IReadOnlyList<Labels> UiLanguages(IReadOnlyList<Labels> all, EditionView edition, DiagnosticBag diagnostics)
    {
        if (edition.UiLanguages is { } chosen)
        {
            var picked = new List<Labels>();
            foreach (var lang in chosen.Distinct(StringComparer.Ordinal))
            {
                if (all.FirstOrDefault(l => l.Lang == lang) is { } labels)
                {
                    picked.Add(labels);
                }
                else
                {
                    diagnostics.Add(Diagnostic.Warning("ED5012", SourceSpan.None("edition.yml"), $"ui_languages names '{lang}', for which the templates' labels.json has no labels: it is left out"));
                }
            }

            if (picked.Count > 0)
            {
                return picked;
            }
        }

        var matching = all.Where(l => edition.Languages.Contains(l.Lang, StringComparer.Ordinal)).ToList();
        return matching.Count > 0 ? matching : [all[0]];
    }

    private static string EntryName(EntryView e, string lang) => e.Names.FirstOrDefault(n => n.Key == lang).Value ?? e.Name;

    private static List<EntryItem> Entries(IReadOnlyList<EntryView> entries, PageContext page, string lang) =>
        entries.OrderBy(e => EntryName(e, lang), StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, false)).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => new EntryItem
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
