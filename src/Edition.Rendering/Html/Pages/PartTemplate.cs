using Edition.Rendering.Html.Models;

namespace Edition.Rendering.Html.Pages;

/// <summary><c>part.sbn</c> of the default theme, compiled: a volume's part (its own text, then the pages inside it).</summary>
internal static class PartTemplate
{
    public static void Render(PageWriter w, PageModel model)
    {
        var d = model.Document!;
        HeadTemplate.Head(w, model);
        w.Raw("\n<main id=\"main\">\n<article class=\"document volume-part\" data-document=\"").Text(d.Id).Raw("\">\n  <header class=\"doc-header\">\n");
        DocumentTemplate.Trail(w, d.Trail);
        w.Raw("\n    <h1>").Text(d.Title).Raw("</h1>\n");
        if (d.SourceTitle is not null)
        {
            w.Raw("<p class=\"volume-title\">").Text(d.SourceTitle).Raw("</p>");
        }

        w.Raw("\n    <p class=\"downloads\">\n      <a href=\"").Url(d.TeiHref).Raw("\" download>").Label("download").Raw(": ").Label("download_tei").Raw("</a> ·\n      <a href=\"").Url(d.CiteHref).Raw("\">").Label("cite_this").Raw("</a>\n    </p>\n  </header>\n\n");
        if (d.Rows.Count > 0)
        {
            w.Raw("\n  <section class=\"reader\" aria-labelledby=\"text-h\">\n    <h2 id=\"text-h\">").Label("text").Raw("</h2>\n    <div class=\"parallel cols-1\">\n");
            foreach (var row in d.Rows)
            {
                DocumentTemplate.Row(w, row, marked: false);
            }

            w.Raw("\n    </div>\n  </section>\n");
        }

        w.Raw("\n\n");
        Contents(w, d.Contents);
        w.Raw("\n\n");
        DocumentTemplate.Notes(w, d.Notes);
        w.Raw("\n</article>\n</main>\n");
        DocumentTemplate.NotePopover(w);
        HeadTemplate.Foot(w, model);
        w.Raw("\n");
    }

    private static void Contents(PageWriter w, IReadOnlyList<PageLink> contents)
    {
        if (contents.Count == 0)
        {
            return;
        }

        w.Raw("\n  <section class=\"part-contents\" aria-labelledby=\"contents-h\">\n    <h2 id=\"contents-h\">").Label("contents").Raw("</h2>\n    <ol class=\"doc-list\">\n");
        foreach (var l in contents)
        {
            w.Raw("\n      <li class=\"").Text(l.Kind).Raw("\"><a href=\"").Url(l.Href).Raw("\">").Text(l.Title).Raw("</a>");
            if (l.DateText is not null)
            {
                w.Raw(" <span class=\"date\"><time datetime=\"").Text(l.Date).Raw("\">").Text(l.DateText).Raw("</time></span>");
            }

            w.Raw("</li>\n");
        }

        w.Raw("\n    </ol>\n  </section>\n");
    }
}
