using Edition.Rendering.Html.Models;

namespace Edition.Rendering.Html.Pages;

/// <summary><c>index.sbn</c>, <c>about.sbn</c>, <c>search.sbn</c> and <c>sitemap.sbn</c> of the default theme, compiled: the edition's own pages.</summary>
internal static class EditionTemplates
{
    public static void Index(PageWriter w, PageModel model)
    {
        var edition = model.Edition;
        HeadTemplate.Head(w, model);
        w.Raw("\n<main id=\"main\">\n  <h1>").Text(edition.Title).Raw("</h1>\n");
        if (edition.Subtitle is not null)
        {
            w.Raw("\n  <p class=\"subtitle\">").Text(edition.Subtitle).Raw("</p>\n");
        }

        w.Raw("\n");
        if (edition.Editors.Count > 0)
        {
            w.Raw("\n  <p class=\"editors\">").Label("editors").Raw(": ");
            for (var i = 0; i < edition.Editors.Count; i++)
            {
                w.Raw(i > 0 ? "; " : "").Text(edition.Editors[i].Key).Raw(" <span class=\"role\">(").Text(edition.Editors[i].Value).Raw(")</span>");
            }

            w.Raw("</p>\n");
        }

        w.Raw("\n");
        if (!model.Introduction.IsEmpty)
        {
            w.Raw("\n  <section class=\"introduction\" aria-labelledby=\"intro-h\">\n    <h2 id=\"intro-h\">").Label("introduction").Raw("</h2>\n    ").SafeIndented(model.Introduction, "    ").Raw("\n  </section>\n");
        }

        w.Raw("\n  <section aria-labelledby=\"docs-h\">\n    <h2 id=\"docs-h\">").Label("documents").Raw("</h2>\n    <ol class=\"doc-list\">\n");
        foreach (var d in model.Documents)
        {
            w.Raw("\n      <li><a href=\"").Url(model.Page.Base).Url(d.Href).Raw("\">").Text(d.Title).Raw("</a>");
            if (d.DateText is not null)
            {
                w.Raw(" <span class=\"date\">").Text(d.DateText).Raw("</span>");
            }

            w.Raw("</li>\n");
        }

        w.Raw("\n    </ol>\n  </section>\n</main>\n");
        HeadTemplate.Foot(w, model);
        w.Raw("\n");
    }

    public static void About(PageWriter w, PageModel model)
    {
        var edition = model.Edition;
        HeadTemplate.Head(w, model);
        w.Raw("\n<main id=\"main\">\n  <h1>").Label("about").Raw("</h1>\n");
        if (!model.Introduction.IsEmpty)
        {
            w.Raw("\n  <section aria-labelledby=\"intro-h\"><h2 id=\"intro-h\">").Label("introduction").Raw("</h2>").Safe(model.Introduction).Raw("</section>\n");
        }

        w.Raw("\n");
        if (!model.Principles.IsEmpty)
        {
            w.Raw("\n  <section aria-labelledby=\"principles-h\"><h2 id=\"principles-h\">").Label("principles").Raw("</h2>").Safe(model.Principles).Raw("</section>\n");
        }

        w.Raw("\n  <section aria-labelledby=\"edition-h\">\n    <h2 id=\"edition-h\">").Label("edition").Raw("</h2>\n    <dl>\n");
        foreach (var e in edition.Editors)
        {
            w.Raw("\n      <dt>").Text(e.Key).Raw("</dt><dd>").Text(e.Value).Raw("</dd>\n");
        }

        w.Raw("\n");
        if (edition.Publisher is not null)
        {
            w.Raw("<dt>").Label("published_by").Raw("</dt><dd>").Text(edition.Publisher).Raw("</dd>");
        }

        w.Raw("\n");
        if (edition.Licence is not null)
        {
            w.Raw("<dt>").Label("licence").Raw("</dt><dd>");
            HeadTemplate.Link(w, edition.LicenceUrl, "license", edition.Licence);
            w.Raw("</dd>");
        }

        w.Raw("\n    </dl>\n  </section>\n</main>\n");
        HeadTemplate.Foot(w, model);
        w.Raw("\n");
    }

    public static void Search(PageWriter w, PageModel model)
    {
        var page = model.Page;
        var labels = w.Labels;
        HeadTemplate.Head(w, model);
        w.Raw("\n<main id=\"main\">\n  <h1>").Label("search").Raw("</h1>\n  <form class=\"search-form\" role=\"search\" action=\"search.html\" method=\"get\">\n    <label for=\"q\">").Text(labels.Format("search_label", labels.Alternatives(model.Edition.Languages)))
            .Raw("</label>\n    <input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\">\n    <button type=\"submit\">").Label("search_button").Raw("</button>\n    <p class=\"hint\">").Label("search_hint").Raw("</p>\n  </form>\n  <noscript><p>").Label("search_nojs")
            .Raw("</p></noscript>\n  <details id=\"search-filters\" class=\"search-filters\" hidden data-type=\"").Label("filter_type").Raw("\" data-year=\"").Label("filter_year").Raw("\" data-lang=\"").Label("filter_language").Raw("\" data-person=\"").Label("filter_person").Raw("\" data-place=\"").Label("filter_place")
            .Raw("\">\n    <summary>").Label("search_filters").Raw("</summary>\n    <div class=\"search-facets\"></div>\n  </details>\n  <p id=\"search-status\" aria-live=\"polite\" data-plural-rule=\"").Text(page.PluralRule).Raw("\" data-forms=\"").Text(HtmlFunctions.PluralFormsJson(labels, "result_count"))
            .Raw("\" data-none=\"").Label("no_results").Raw("\"></p>\n  <ol id=\"search-results\" class=\"search-results\" data-base=\"").Url(page.Base).Raw("\" data-root=\"").Url(page.Root).Raw("\" data-in-note=\"").Label("search_in_note").Raw("\" data-in-reading=\"").Label("search_in_reading")
            .Raw("\"></ol>\n  <button type=\"button\" id=\"search-more\" class=\"search-more\" hidden>").Label("search_more").Raw("</button>\n</main>\n<script src=\"").Url(page.Root).Raw("assets/search.js\"></script>\n");
        HeadTemplate.Foot(w, model);
        w.Raw("\n");
    }

    public static void Sitemap(PageWriter w, PageModel model)
    {
        w.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in model.Urls)
        {
            w.Raw("\n  <url><loc>").Text(url).Raw("</loc></url>\n");
        }

        w.Raw("\n</urlset>\n");
    }
}
