using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// Renders the static HTML edition: every page through the Scriban templates of <c>templates/html/</c>,
/// plus assets, the search index, citation files and the TEI downloads, all under <c>site/</c>.
/// </summary>
public static class SiteRenderer
{
    public static IReadOnlyList<OutputFile> Render(EditionView edition, IReadOnlyList<EncodedDocument> tei, TemplateSet templates, DiagnosticBag diagnostics)
    {
        var renderer = new TemplateRenderer(templates, "html");
        var files = new List<OutputFile>();
        var index = renderer.Render("index.sbn", new { edition.Title }, diagnostics);
        if (index is not null)
        {
            files.Add(OutputFile.Text("site/index.html", index));
        }

        foreach (var document in tei.OrderBy(d => d.FileName, StringComparer.Ordinal))
        {
            files.Add(OutputFile.Text("site/tei/" + document.FileName, document.Text));
        }

        return files;
    }
}
