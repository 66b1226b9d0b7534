using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Rendering.Html.Models;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html.Site;

/// <summary>
/// The site in one UI language: its tree (the first language at the root, others in <c>&lt;lang&gt;/</c>), its
/// document lists, and how any of its pages is rendered through a template.
/// </summary>
internal sealed class UiLanguagePages
{
    private readonly SiteRun _site;

    public UiLanguagePages(SiteRun site, Labels labels)
    {
        _site = site;
        Labels = labels;
        IsFirst = labels == site.Languages[0];
        Tree = IsFirst ? "" : labels.Lang + "/";
        Index = new SiteIndex(site.Edition, labels);
        Documents = new DocumentPageBuilder(site.Edition, Index, site.Citations, site.Figures);
    }

    public Labels Labels { get; }

    /// <summary>The first UI language: the one at the site's root, whose pages alone feed search and citations.</summary>
    public bool IsFirst { get; }

    /// <summary>The tree's folder under <c>site/</c>: "" or "&lt;lang&gt;/".</summary>
    public string Tree { get; }

    public SiteIndex Index { get; }
    public DocumentPageBuilder Documents { get; }

    /// <summary>One page of this tree: its model (filled in by the page's kind) rendered through its template.</summary>
    public RenderedPage Page(string path, string template, string kind, string title, Func<PageContext, PageModel, PageModel>? fill = null, DocumentView? document = null)
    {
        var root = UpLevels(Tree + path);
        var context = new PageContext(root, UpLevels(path), Labels.Lang, document?.Id, _site.Links);
        var absolute = AbsoluteUrl(Tree + path);
        var model = new PageModel { Edition = _site.Edition, Page = PageView(path, kind, title, root, context.Base, absolute, document), Urls = _site.Urls };
        model = fill?.Invoke(context, model) ?? model;
        var bag = new DiagnosticBag();
        var html = _site.Compiled.Render(template, model, Labels) ?? _site.Renderer.Render(template, model, bag, _site.Functions[Labels]);
        return new RenderedPage(template, html is null ? null : OutputFile.Text("site/" + Tree + path, html), absolute, bag.Sorted());
    }

    private PageView PageView(string path, string kind, string title, string root, string @base, string? absolute, DocumentView? document)
    {
        var edition = _site.Edition;
        return new PageView
        {
            Title = title,
            Kind = kind,
            UiLang = Labels.Lang,
            UiDir = Labels.Dir,
            PluralRule = Localization.PluralRules.Text(Labels.Lang),
            Root = root,
            Base = @base,
            Path = path,
            Canonical = absolute,
            Description = document?.Summary ?? edition.Subtitle,
            Languages = _site.Languages.Select(l => new LanguageLink(l.Lang, l.Name, root + (l == _site.Languages[0] ? "" : l.Lang + "/") + path, l == Labels)).ToList(),
            Meta = document is null ? [] : DocumentMetadata.Meta(edition, document, absolute, AbsoluteUrl("tei/" + document.TeiFile)),
            JsonLd = document is null ? SafeHtml.Empty : DocumentMetadata.JsonLd(edition, document, absolute),
        };
    }

    /// <summary>The URL of a site path under the edition's base_url, null when it has none.</summary>
    private string? AbsoluteUrl(string sitePath) =>
        _site.Edition.BaseUrl is { Length: > 0 } b ? b.TrimEnd('/') + "/" + sitePath : null;

    /// <summary>"../" once per folder of a path: the way back to where the path starts.</summary>
    private static string UpLevels(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
}
