using Edition.Rendering.Html.Models;

namespace Edition.Rendering.Html.Pages;

/// <summary><c>cite.sbn</c> of the default theme, compiled: how to cite a document and each of its passages.</summary>
internal static class CiteTemplate
{
    public static void Render(PageWriter w, PageModel model)
    {
        var d = model.Document!;
        HeadTemplate.Head(w, model);
        w.Raw("\n<main id=\"main\">\n  <h1>").Label("cite_this").Raw(": <a href=\"").Url(model.Page.Base).Raw("documents/").Url(d.Id).Raw(".html\">").Text(d.Title).Raw("</a></h1>\n  <section class=\"cite\" aria-labelledby=\"cite-doc-h\">\n    <h2 id=\"cite-doc-h\">").Label("cite_document")
            .Raw("</h2>\n    <p class=\"chicago\">").Safe(d.Citation.ChicagoHtml).Raw("</p>\n    <p class=\"cite-downloads\">").Label("download").Raw(": ");
        Downloads(w, d.Citation);
        w.Raw("</p>\n  </section>\n");
        if (d.SegmentCitations.Count > 0)
        {
            w.Raw("\n  <section aria-labelledby=\"cite-seg-h\">\n    <h2 id=\"cite-seg-h\">").Label("cite_passages").Raw("</h2>\n");
            foreach (var c in d.SegmentCitations)
            {
                w.Raw("\n    <div class=\"cite-passage\" id=\"cite-").Text(c.Id).Raw("\">\n      <h3><a href=\"").Url(model.Page.Base).Raw("documents/").Url(d.Id).Raw(".html#").Url(c.Id).Raw("\">").Text(c.Label).Raw("</a></h3>\n      <p class=\"chicago\">").Safe(c.ChicagoHtml).Raw("</p>\n      <p class=\"cite-downloads\">");
                Downloads(w, c);
                w.Raw("</p>\n    </div>\n");
            }

            w.Raw("\n  </section>\n");
        }

        w.Raw("\n</main>\n");
        HeadTemplate.Foot(w, model);
        w.Raw("\n");
    }

    /// <summary>The links to a citation's BibTeX, RIS and CSL-JSON files (also the document page's).</summary>
    public static void Downloads(PageWriter w, CitationView c) =>
        w.Raw("<a href=\"").Url(c.Bibtex).Raw("\" download>BibTeX</a> · <a href=\"").Url(c.Ris).Raw("\" download>RIS</a> · <a href=\"").Url(c.CslJson).Raw("\" download>CSL-JSON</a>");
}
