using Edition.Rendering.Html.Models;

namespace Edition.Rendering.Html.Pages;

/// <summary><c>documents.sbn</c> and <c>entries.sbn</c> of the default theme, compiled: the list of documents and the indexes.</summary>
internal static class ListTemplates
{
    public static void Documents(PageWriter w, PageModel model)
    {
        var grouped = model.Edition.Parts.Count > 0;
        HeadTemplate.Head(w, model);
        w.Raw("\n<main id=\"main\">\n  <h1>").Label("list_of_documents").Raw("</h1>\n  <form class=\"doc-filters\" hidden>\n");
        Filter(w, "filter_person", "person", model.PersonFilter);
        Filter(w, "filter_place", "place", model.PlaceFilter);
        Filter(w, "filter_language", "lang", model.LanguageFilter);
        w.Raw("    <label>").Label(grouped ? "sort" : "sort_by_date").Raw("\n      <select name=\"sort\">");
        if (grouped)
        {
            w.Raw("<option value=\"order\">").Label("in_volume_order").Raw("</option>");
        }

        w.Raw("<option value=\"asc\">").Label("oldest_first").Raw("</option><option value=\"desc\">").Label("newest_first").Raw("</option></select></label>\n    <p class=\"doc-count\" aria-live=\"polite\" data-plural-rule=\"").Text(model.Page.PluralRule)
            .Raw("\" data-forms=\"").Text(HtmlFunctions.PluralFormsJson(w.Labels, "documents_shown")).Raw("\"></p>\n  </form>\n");
        w.Raw(grouped ? "\n  <ol class=\"doc-list grouped\" id=\"doc-list\">\n" : "\n  <ol class=\"doc-list\" id=\"doc-list\">\n");
        for (var i = 0; i < model.Documents.Count; i++)
        {
            var d = model.Documents[i];
            if (grouped)
            {
                w.Raw("\n");
                GroupedItem(w, model.Page, d, i);
                w.Raw("\n");
            }
            else
            {
                DocumentItem(w, model.Page, d, null);
            }
        }

        w.Raw("\n  </ol>\n\n</main>\n");
        HeadTemplate.Foot(w, model);
        w.Raw("\n");
    }

    public static void Entries(PageWriter w, PageModel model)
    {
        HeadTemplate.Head(w, model);
        w.Raw("\n<main id=\"main\">\n  <h1>").Text(model.Page.Title).Raw("</h1>\n  <ul class=\"entry-toc\">\n");
        foreach (var e in model.Entries)
        {
            w.Raw("\n    <li><a href=\"#").Url(e.Id).Raw("\">").Text(e.Name).Raw("</a></li>\n");
        }

        w.Raw("\n  </ul>\n");
        foreach (var e in model.Entries)
        {
            Entry(w, e);
        }

        w.Raw("\n</main>\n");
        HeadTemplate.Foot(w, model);
        w.Raw("\n");
    }

    private static void Filter(PageWriter w, string label, string name, IReadOnlyList<FilterOption> options)
    {
        w.Raw("    <label>").Label(label).Raw("\n      <select name=\"").Raw(name).Raw("\"><option value=\"\">").Label("all").Raw("</option>\n");
        foreach (var o in options)
        {
            w.Raw("<option value=\"").Text(o.Value).Raw("\">").Text(o.Label).Raw("</option>");
        }

        w.Raw("\n      </select></label>\n");
    }

    private static void GroupedItem(PageWriter w, PageView page, DocumentListItem d, int order)
    {
        switch (d.Kind)
        {
            case "document":
                DocumentItem(w, page, d, order);
                break;
            case "part":
                w.Raw("\n    <li class=\"doc-part\" data-order=\"").Text(order).Raw("\" data-kind=\"part\" data-groups=\"").Text(string.Join(' ', d.Groups)).Raw("\"><a href=\"").Url(page.Base).Url(d.Href).Raw("\">").Text(d.Title).Raw("</a></li>\n");
                break;
            default:
                w.Raw("\n    <li class=\"doc-").Text(d.Kind).Raw("\" data-order=\"").Text(order).Raw("\" data-kind=\"").Text(d.Kind).Raw("\" data-group=\"").Text(d.Id).Raw("\" data-groups=\"").Text(string.Join(' ', d.Groups)).Raw("\"><h").Text(d.Level).Raw(">");
                if (d.Kind == "heading")
                {
                    w.Raw("<a href=\"").Url(page.Base).Url(d.Href).Raw("\">").Text(d.Title).Raw("</a>");
                }
                else
                {
                    w.Text(d.Title);
                }

                w.Raw("</h").Text(d.Level).Raw("></li>\n");
                break;
        }
    }

    /// <summary>A document's line; <paramref name="order"/> its place in a volume's listing (null in a plain list).</summary>
    private static void DocumentItem(PageWriter w, PageView page, DocumentListItem d, int? order)
    {
        w.Raw("\n    <li ");
        if (order is { } o)
        {
            w.Raw("data-order=\"").Text(o).Raw("\" data-groups=\"").Text(string.Join(' ', d.Groups)).Raw("\" ");
        }

        w.Raw("data-date=\"").Text(d.Date).Raw("\" data-persons=\"").Text(string.Join(' ', d.Persons)).Raw("\" data-places=\"").Text(string.Join(' ', d.Places)).Raw("\" data-langs=\"").Text(string.Join(' ', d.Langs))
            .Raw("\">\n      <a href=\"").Url(page.Base).Url(d.Href).Raw("\">").Text(d.Title).Raw("</a>\n");
        if (d.DateText is not null)
        {
            w.Raw(" <span class=\"date\"><time datetime=\"").Text(d.Date).Raw("\">").Text(d.DateText).Raw("</time></span>");
        }

        w.Raw("\n");
        if (d.Summary is not null)
        {
            w.Raw("<p class=\"summary\">").Text(d.Summary).Raw("</p>");
        }

        w.Raw("\n    </li>\n");
    }

    private static void Entry(PageWriter w, EntryItem e)
    {
        w.Raw("\n  <section class=\"entry\" id=\"").Text(e.Id).Raw("\" aria-labelledby=\"").Text(e.Id).Raw("-h\">\n    <h2 id=\"").Text(e.Id).Raw("-h\">").Text(e.Name);
        if (e.Dates is not null)
        {
            w.Raw(" <span class=\"dates\">(").Text(e.Dates).Raw(")</span>");
        }

        w.Raw("</h2>\n");
        if (e.Names.Count > 1)
        {
            w.Raw("\n    <p class=\"names\">");
            for (var i = 0; i < e.Names.Count; i++)
            {
                w.Raw(i > 0 ? " · " : "").Raw("<span lang=\"").Text(e.Names[i].Key).Raw("\">").Text(e.Names[i].Value).Raw("</span>");
            }

            w.Raw("</p>\n");
        }

        w.Raw("\n");
        if (e.Note is not null)
        {
            w.Raw("<p class=\"note\">").Text(e.Note).Raw("</p>");
        }

        w.Raw("\n");
        if (e.Links.Count > 0)
        {
            w.Raw("\n    <p class=\"links\">");
            for (var i = 0; i < e.Links.Count; i++)
            {
                w.Raw(i > 0 ? " · " : "").Raw("<a href=\"").Url(e.Links[i].Value).Raw("\">").Text(e.Links[i].Key).Raw("</a>");
            }

            w.Raw("</p>\n");
        }

        w.Raw("\n");
        Occurrences(w, e.Occurrences);
        w.Raw("\n  </section>\n");
    }

    private static void Occurrences(PageWriter w, IReadOnlyList<OccurrenceLink> occurrences)
    {
        if (occurrences.Count == 0)
        {
            w.Raw("\n    <p class=\"none\">").Label("no_occurrences").Raw("</p>\n");
            return;
        }

        w.Raw("\n    <h3 class=\"visually-hidden\">").Label("occurrences").Raw("</h3>\n    <ul class=\"occurrences\">\n");
        foreach (var o in occurrences)
        {
            w.Raw("\n      <li><a href=\"").Url(o.Href).Raw("\"><span lang=\"").Text(o.Lang).Raw("\">").Text(o.Form).Raw("</span></a> <span class=\"occ-doc\">").Text(o.DocumentTitle).Raw("</span>");
            if (o.Lang != "")
            {
                w.Raw(" <span class=\"occ-lang\">(").Text(o.Lang).Raw(")</span>");
            }

            w.Raw("</li>\n");
        }

        w.Raw("\n    </ul>\n");
    }
}
