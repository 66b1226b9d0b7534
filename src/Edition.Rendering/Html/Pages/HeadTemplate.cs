using Edition.Rendering.Html.Models;

namespace Edition.Rendering.Html.Pages;

/// <summary><c>_head.sbn</c> and <c>_foot.sbn</c> of the default theme, compiled: what every page begins and ends with.</summary>
internal static class HeadTemplate
{
    public static void Head(PageWriter w, PageModel model)
    {
        var page = model.Page;
        w.Raw("<!DOCTYPE html>\n<html lang=\"").Text(page.UiLang).Raw("\"").Raw(page.UiDir == "rtl" ? " dir=\"rtl\"" : "").Raw(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Text(page.Title);
        if (page.Kind != "home")
        {
            w.Raw(" · ").Text(model.Edition.Title);
        }

        w.Raw("</title>\n");
        if (page.Description is not null)
        {
            w.Raw("\n<meta name=\"description\" content=\"").Text(page.Description).Raw("\">\n");
        }

        w.Raw("\n");
        if (page.Canonical is not null)
        {
            w.Raw("\n<link rel=\"canonical\" href=\"").Url(page.Canonical).Raw("\">\n");
        }

        w.Raw("\n");
        foreach (var m in page.Meta)
        {
            w.Raw("\n<meta name=\"").Text(m.Name).Raw("\" content=\"").Text(m.Content).Raw("\">\n");
        }

        w.Raw("\n");
        foreach (var l in page.Languages.Where(l => !l.Current))
        {
            w.Raw("\n<link rel=\"alternate\" hreflang=\"").Text(l.Lang).Raw("\" href=\"").Url(l.Href).Raw("\">\n");
        }

        w.Raw("\n<link rel=\"stylesheet\" href=\"").Url(page.Root).Raw("assets/site.css\">\n");
        Scripts(w, model);
        w.Raw("<script src=\"").Url(page.Root).Raw("assets/site.js\" defer></script>\n</head>\n<body class=\"page-").Text(page.Kind).Raw("\">\n<a class=\"skip\" href=\"#main\">").Label("skip_to_content").Raw("</a>\n");
        SiteHeader(w, model);
    }

    public static void Foot(PageWriter w, PageModel model)
    {
        var edition = model.Edition;
        w.Raw("<footer class=\"site-footer\">\n  <p>").Text(edition.Title);
        if (edition.Publisher is not null)
        {
            w.Raw(" · ").Label("published_by").Raw(" ").Text(edition.Publisher);
        }

        if (edition.Licence is not null)
        {
            w.Raw(" · ").Label("licence").Raw(": ");
            Link(w, edition.LicenceUrl, "license", edition.Licence);
        }

        w.Raw("</p>\n</footer>\n</body>\n</html>\n");
    }

    /// <summary><c>{{ if href }}&lt;a href rel&gt;text&lt;/a&gt;{{ else }}text{{ end }}</c>.</summary>
    public static void Link(PageWriter w, string? href, string rel, string? text)
    {
        if (href is null)
        {
            w.Text(text);
            return;
        }

        w.Raw("<a href=\"").Url(href).Raw("\" rel=\"").Raw(rel).Raw("\">").Text(text).Raw("</a>");
    }

    private static void Scripts(PageWriter w, PageModel model)
    {
        var root = model.Page.Root;
        var document = model.Page.Kind == "document" ? model.Document : null;
        if (document is { HasTexFormulas: true })
        {
            w.Raw("\n<link rel=\"stylesheet\" href=\"").Url(root).Raw("assets/katex/katex.min.css\">\n<script src=\"").Url(root).Raw("assets/katex/katex.min.js\" defer></script>\n<script src=\"").Url(root).Raw("assets/formulas.js\" defer></script>\n");
        }

        w.Raw("\n");
        if (document is { Facsimile.IsEmpty: false })
        {
            w.Raw("\n<script src=\"").Url(root).Raw("assets/facsimile/openseadragon.min.js\" defer></script>\n<script src=\"").Url(root).Raw("assets/facsimile/facsimile.js\" defer></script>\n");
        }

        w.Raw("\n");
        if (!model.Page.JsonLd.IsEmpty)
        {
            w.Raw("\n<script type=\"application/ld+json\">").Safe(model.Page.JsonLd).Raw("</script>\n");
        }

        w.Raw("\n");
    }

    private static void SiteHeader(PageWriter w, PageModel model)
    {
        var page = model.Page;
        w.Raw("<header class=\"site-header\">\n  <p class=\"site-title\"><a href=\"").Url(page.Base).Raw("index.html\">").Text(model.Edition.Title).Raw("</a></p>\n  <nav aria-label=\"").Label("site_navigation").Raw("\">\n    <ul>\n");
        NavItem(w, page, "documents");
        NavItem(w, page, "persons");
        NavItem(w, page, "places");
        if (model.Edition.Terms.Count > 0)
        {
            w.Raw("\n");
            NavItem(w, page, "terms");
        }

        w.Raw("\n");
        NavItem(w, page, "about");
        NavItem(w, page, "search");
        w.Raw("    </ul>\n  </nav>\n  <nav class=\"ui-languages\" aria-label=\"").Label("ui_language").Raw("\">\n    <ul>\n");
        foreach (var l in page.Languages)
        {
            w.Raw("\n      <li><a href=\"").Url(l.Href).Raw("\" hreflang=\"").Text(l.Lang).Raw("\" lang=\"").Text(l.Lang).Raw("\"").Raw(l.Current ? " aria-current=\"true\"" : "").Raw(">").Text(l.Label).Raw("</a></li>\n");
        }

        w.Raw("\n    </ul>\n  </nav>\n</header>\n");
    }

    private static void NavItem(PageWriter w, PageView page, string kind) =>
        w.Raw("      <li><a href=\"").Url(page.Base).Raw(kind).Raw(".html\"").Raw(page.Kind == kind ? " aria-current=\"page\"" : "").Raw(">").Label(kind).Raw("</a></li>\n");
}
