using Edition.Rendering.Html.Models;

namespace Edition.Rendering.Html.Pages;

/// <summary><c>document.sbn</c> of the default theme, compiled: a document's page (its header, the parallel text, notes, apparatus, citation).</summary>
internal static class DocumentTemplate
{
    public static void Render(PageWriter w, PageModel model)
    {
        var d = model.Document!;
        HeadTemplate.Head(w, model);
        w.Raw("\n<main id=\"main\">\n<article class=\"document\" data-document=\"").Text(d.Id).Raw("\">\n  <header class=\"doc-header\">\n");
        Trail(w, d.Trail);
        w.Raw("\n    <h1>").Text(d.Title).Raw("</h1>\n    <dl class=\"doc-meta\">\n");
        DocumentMetaList.Write(w, d);
        w.Raw("    </dl>\n    <p class=\"downloads\">\n      <a href=\"").Url(d.TeiHref).Raw("\" download>").Label("download").Raw(": ").Label("download_tei").Raw("</a> ·\n      <a href=\"").Url(d.CiteHref).Raw("\">").Label("cite_this").Raw("</a>\n    </p>\n  </header>\n");
        if (!d.TableOfContents.IsEmpty)
        {
            w.Raw("\n  <nav class=\"toc\" aria-label=\"").Label("table_of_contents").Raw("\"><h2 id=\"toc-h\">").Label("table_of_contents").Raw("</h2>").Safe(d.TableOfContents).Raw("</nav>\n");
        }

        w.Raw("\n\n");
        if (!d.Facsimile.IsEmpty)
        {
            w.Raw("\n  ").SafeIndented(d.Facsimile, "  ").Raw("\n");
        }

        w.Raw("\n  <section class=\"reader\" aria-labelledby=\"text-h\">\n    <h2 id=\"text-h\">").Label("text").Raw("</h2>\n    <div class=\"controls\">\n");
        DocumentControls.Write(w, d);
        Reader(w, d);
        w.Raw("  </section>\n\n");
        Notes(w, d.Notes);
        w.Raw("\n\n");
        Apparatus(w, d);
        w.Raw("\n\n  <section class=\"cite\" aria-labelledby=\"cite-h\">\n    <h2 id=\"cite-h\">").Label("cite_document").Raw("</h2>\n    <p class=\"chicago\">").Safe(d.Citation.ChicagoHtml).Raw("</p>\n    <p class=\"cite-downloads\">").Label("download").Raw(": ");
        CiteTemplate.Downloads(w, d.Citation);
        w.Raw(" · <a href=\"").Url(d.CiteHref).Raw("\">").Label("cite_passages").Raw("</a></p>\n  </section>\n\n");
        PreviousNext(w, model);
        w.Raw("</article>\n</main>\n");
        NotePopover(w);
        if (d.Synoptic.Count > 2)
        {
            w.Raw("\n<script src=\"").Url(model.Page.Root).Raw("assets/synoptic.js\" defer></script>\n");
        }

        w.Raw("\n");
        HeadTemplate.Foot(w, model);
        w.Raw("\n");
    }

    /// <summary>The parts the page is in, outermost first (also the part page's).</summary>
    public static void Trail(PageWriter w, IReadOnlyList<PageLink> trail)
    {
        if (trail.Count > 0)
        {
            w.Raw("\n    <nav class=\"trail\" aria-label=\"").Label("in_volume").Raw("\"><ol>");
            foreach (var l in trail)
            {
                w.Raw("<li><a href=\"").Url(l.Href).Raw("\">").Text(l.Title).Raw("</a></li>");
            }

            w.Raw("</ol></nav>\n");
        }
    }

    /// <summary>The row of a parallel text (also the part page's, whose rows are neither aligned nor keyed there).</summary>
    public static void Row(PageWriter w, RowHtml row, bool marked)
    {
        w.Raw("\n      <div class=\"row").Raw(marked && row.Aligned ? " aligned" : "").Raw("\"");
        if (marked && row.Key is not null)
        {
            w.Raw(" data-key=\"").Text(row.Key).Raw("\"");
        }

        w.Raw(">\n");
        foreach (var cell in row.Cells)
        {
            w.Raw("\n        <div class=\"cell cell-").Text(cell.Index).Raw(cell.Empty ? " empty" : "").Raw("\"");
            Attribute(w, "lang", cell.Lang);
            Attribute(w, "dir", cell.Dir);
            w.Raw(">").Safe(cell.Html).Raw("</div>\n");
        }

        w.Raw("\n      </div>\n");
    }

    /// <summary>The notes' section (also the part page's).</summary>
    public static void Notes(PageWriter w, IReadOnlyList<NoteHtml> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        w.Raw("\n  <section class=\"notes\" aria-labelledby=\"notes-h\">\n    <h2 id=\"notes-h\">").Label("notes").Raw("</h2>\n    <ol class=\"note-list\">\n");
        foreach (var n in notes)
        {
            w.Raw("\n      <li id=\"").Text(n.Id).Raw("\" value=\"").Text(n.Marker).Raw("\"");
            Attribute(w, "lang", n.Lang);
            w.Raw("><span class=\"note-body\">").Safe(n.Html).Raw("</span>");
            BackRefs(w, n.Backrefs);
            w.Raw("</li>\n");
        }

        w.Raw("\n    </ol>\n  </section>\n");
    }

    /// <summary>The popover that shows a note beside its reference (also the part page's).</summary>
    public static void NotePopover(PageWriter w) =>
        w.Raw("<div id=\"note-popover\" class=\"note-popover\" role=\"dialog\" aria-modal=\"false\" aria-labelledby=\"note-popover-h\" hidden data-close=\"").Label("close").Raw("\" data-go=\"").Label("go_to_note").Raw("\">\n  <h2 id=\"note-popover-h\" class=\"visually-hidden\">").Label("notes").Raw("</h2>\n</div>\n");

    /// <summary><c>{{ if value != "" }} name="{{ value | h }}"{{ end }}</c>.</summary>
    public static void Attribute(PageWriter w, string name, string? value)
    {
        if (value != "")
        {
            w.Raw(" ").Raw(name).Raw("=\"").Text(value).Raw("\"");
        }
    }

    private static void Reader(PageWriter w, DocumentPageView d)
    {
        if (d.Signs.Count > 0)
        {
            w.Raw("\n    <aside class=\"signs-legend dipl\" aria-labelledby=\"signs-h\">\n      <h3 id=\"signs-h\">").Label("signs_heading").Raw("</h3>\n      <dl>");
            foreach (var s in d.Signs)
            {
                w.Raw("<dt>").Safe(s.Sample).Raw("</dt><dd>").Text(s.Label).Raw("</dd>");
            }

            w.Raw("</dl>\n    </aside>\n");
        }

        w.Raw("\n");
        if (!d.Front.IsEmpty)
        {
            w.Raw("\n    <div class=\"matter matter-front\">").Safe(d.Front).Raw("</div>\n");
        }

        w.Raw("\n    <div class=\"parallel cols-").Text(d.Columns.Count).Raw(d.Columns.Count > 2 ? " many" : "").Raw("\">\n      <div class=\"row row-head\" aria-hidden=\"true\">\n");
        foreach (var c in d.Columns)
        {
            w.Raw("\n        <div class=\"cell cell-").Text(c.Index).Raw("\" lang=\"").Text(c.Lang).Raw("\"");
            Attribute(w, "dir", c.Dir);
            w.Raw(">").Text(c.LanguageName).Raw("</div>\n");
        }

        w.Raw("\n      </div>\n");
        foreach (var row in d.Rows)
        {
            Row(w, row, marked: true);
        }

        w.Raw("\n    </div>\n");
        if (!d.Back.IsEmpty)
        {
            w.Raw("\n    <div class=\"matter matter-back\">").Safe(d.Back).Raw("</div>\n");
        }

        w.Raw("\n");
    }

    private static void Apparatus(PageWriter w, DocumentPageView d)
    {
        if (d.Apparatus.Count == 0)
        {
            return;
        }

        w.Raw("\n  <section class=\"apparatus-tier\" aria-labelledby=\"app-h\">\n    <h2 id=\"app-h\">").Label("apparatus").Raw("</h2>\n    <ul class=\"app-list\">\n");
        foreach (var a in d.Apparatus)
        {
            w.Raw("\n      <li id=\"").Text(a.Id).Raw("\"");
            Attribute(w, "lang", a.Lang);
            w.Raw("><span class=\"app-marker\">").Text(a.Marker).Raw("</span> <span class=\"note-body\">").Safe(a.Html).Raw("</span>");
            BackRefs(w, a.Backrefs);
            w.Raw("</li>\n");
        }

        w.Raw("\n    </ul>\n");
        if (d.Witnesses.Count > 0)
        {
            w.Raw("\n    <dl class=\"witnesses\">\n");
            foreach (var witness in d.Witnesses)
            {
                w.Raw("<dt>").Text(witness.Siglum).Raw("</dt><dd>").Text(witness.Label).Raw("</dd>");
            }

            w.Raw("\n    </dl>\n");
        }

        w.Raw("\n  </section>\n");
    }

    private static void BackRefs(PageWriter w, IReadOnlyList<string> backrefs)
    {
        foreach (var b in backrefs)
        {
            w.Raw(" <a class=\"backref\" href=\"").Url(b).Raw("\" aria-label=\"").Label("back_to_text").Raw("\">↩</a>");
        }
    }

    private static void PreviousNext(PageWriter w, PageModel model)
    {
        var d = model.Document!;
        w.Raw("  <nav class=\"prev-next\" aria-label=\"").Label("documents").Raw("\">\n");
        if (d.Previous is { } previous)
        {
            w.Raw("<a rel=\"prev\" href=\"").Url(model.Page.Base).Url(previous.Href).Raw("\">").Label("arrow_previous").Raw(" ").Text(previous.Title).Raw("</a>");
        }

        w.Raw("\n");
        if (d.Next is { } next)
        {
            w.Raw("<a rel=\"next\" href=\"").Url(model.Page.Base).Url(next.Href).Raw("\">").Text(next.Title).Raw(" ").Label("arrow_next").Raw("</a>");
        }

        w.Raw("\n  </nav>\n");
    }
}
