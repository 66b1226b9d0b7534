using Edition.Core.Caching;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Rendering.Figures;
using Edition.Rendering.Html.Pages;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;
using Scriban.Runtime;

namespace Edition.Rendering.Html.Site;

/// <summary>
/// One render of the site: what every part reads (the edition, its templates, links, UI languages, the cache
/// keys every page shares) and what the parts hand back in sequential order (pages kept, URLs, search entries).
/// </summary>
internal sealed class SiteRun : IDisposable
{
    private readonly HashSet<string> _failedTemplates = new(StringComparer.Ordinal);

    public SiteRun(EditionView edition, IReadOnlyList<EncodedDocument> tei, TemplateSet templates, DiagnosticBag diagnostics, IOutputSink files, PageCache? cache, Func<int, bool>? shard, FigureImages? figures = null)
    {
        Figures = figures ?? FigureImages.None;
        Edition = edition;
        Pages = [.. edition.Documents, .. edition.Parts];
        Tei = tei;
        Diagnostics = diagnostics;
        Files = files;
        Cache = cache;
        Shard = shard;
        Renderer = new TemplateRenderer(templates, "html");
        Compiled = new CompiledPages(templates);
        Links = new LinkResolver(edition, RenderedIds.Collect(edition));
        Citations = new CitationBuilder(edition);
        Languages = [.. UiLanguages.Choose(Labels.Load(templates, diagnostics), edition, diagnostics).Select(l => l.With(edition.Conventions))];
        Functions = Languages.ToDictionary(l => l, HtmlFunctions.Create);
        Introduction = MarkdownHtml.Render(edition.Introduction);
        Principles = MarkdownHtml.Render(edition.Principles);
        // The default cite.sbn shows citations only, so the cite page reuses its document's page view; an
        // edition's own cite.sbn may show the text, whose in-page links must then point at the document page.
        CiteOverridden = templates.OverrideDirectory is { } overrides && File.Exists(Path.Combine(overrides, "html", "cite.sbn"));
        SharedKey = cache is null ? "" : CacheKeys.Shared(edition, tei, templates, Links, Languages.Select(l => new SiteIndex(edition, l)));
        TeiHashes = cache is null ? null : CacheKeys.TeiHashes(tei);
    }

    public EditionView Edition { get; }

    /// <summary>The images of the edition's figures, found once for the site and the print edition.</summary>
    public FigureImages Figures { get; }
    /// <summary>Every page rendered from the TEI: the documents, then the volumes' other parts (<see cref="EditionView.Parts"/>).</summary>
    public IReadOnlyList<DocumentView> Pages { get; }
    public IReadOnlyList<EncodedDocument> Tei { get; }
    public DiagnosticBag Diagnostics { get; }
    public IOutputSink Files { get; }

    /// <summary>Pages of earlier builds or of shards (null: render every page).</summary>
    public PageCache? Cache { get; }

    /// <summary>Only these documents' pages, into the cache (a shard of a corpus build); null: the whole site.</summary>
    public Func<int, bool>? Shard { get; }

    public TemplateRenderer Renderer { get; }

    /// <summary>The default theme's page templates compiled to C#, for the pages whose templates are unchanged.</summary>
    public CompiledPages Compiled { get; }
    public LinkResolver Links { get; }
    public CitationBuilder Citations { get; }
    public IReadOnlyList<Labels> Languages { get; }
    public IReadOnlyDictionary<Labels, ScriptObject> Functions { get; }
    public SafeHtml Introduction { get; }
    public SafeHtml Principles { get; }
    public bool CiteOverridden { get; }

    /// <summary>What every cached page depends on: the edition, its lists, the templates, the links.</summary>
    public string SharedKey { get; }

    public IReadOnlyDictionary<string, string>? TeiHashes { get; }

    /// <summary>Absolute URLs of the pages kept, for sitemap.xml.</summary>
    public List<string> Urls { get; } = [];

    /// <summary>Each document's search entries, in document order.</summary>
    public List<(string DocumentId, SpilledBytes Entries)> Search { get; } = [];

    /// <summary>Where the documents' search entries wait, as made, for the index (a corpus's entries are not held).</summary>
    public SpillFile SearchSpill { get; } = new();

    /// <summary>
    /// A rendered page into the output, in sequential order. A broken template is reported once, not once per page
    /// and UI language: a page whose template failed earlier in that order is dropped, as if never rendered.
    /// </summary>
    public void Keep(RenderedPage page)
    {
        if (ReferenceEquals(page, RenderedPage.Skipped) || _failedTemplates.Contains(page.Template))
        {
            return;
        }

        Diagnostics.AddRange(page.Diagnostics);
        if (page.File is null && !page.Given)
        {
            _failedTemplates.Add(page.Template);
            return;
        }

        if (!page.Given)
        {
            Files.Add(page.File!);
        }

        if (page.Url is not null)
        {
            Urls.Add(page.Url);
        }
    }

    public void Dispose() => SearchSpill.Dispose();
}
