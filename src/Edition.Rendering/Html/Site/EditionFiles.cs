using Edition.Core.Output;
using Edition.Core.Text;
using Edition.Rendering.Html.Models;
using Edition.Rendering.Search;
using Edition.Rendering.Templates;

namespace Edition.Rendering.Html.Site;

/// <summary>The site's files beside its pages: assets, the search index, the TEI downloads and sitemap.xml.</summary>
internal static class EditionFiles
{
    public static void Add(SiteRun site, TemplateSet templates)
    {
        foreach (var (relative, path) in templates.Assets("html/assets"))
        {
            site.Files.Add(new OutputFile("site/assets/" + relative, File.ReadAllBytes(path)));
        }

        foreach (var image in site.Figures.SiteFiles())
        {
            site.Files.Add(image);
        }

        AddFacsimileFiles(site, templates);
        foreach (var file in SearchIndexBuilder.Build(site.Edition, site.Search.Select(e => (e.DocumentId, (Func<byte[]>)(() => site.SearchSpill.Read(e.Entries)))).ToList()))
        {
            site.Files.Add(file);
        }

        foreach (var document in site.Tei.OrderBy(d => d.FileName, StringComparer.Ordinal))
        {
            site.Files.Add(document.AsOutput("site/tei/"));
        }

        AddSitemap(site);
    }

    /// <summary>The viewer and the IIIF manifests, only in a site with page images (other sites stay as they were).</summary>
    private static void AddFacsimileFiles(SiteRun site, TemplateSet templates)
    {
        if (site.Edition.Documents.All(d => d.Facsimile.Count == 0))
        {
            return;
        }

        foreach (var (relative, path) in templates.Assets("html/facsimile"))
        {
            site.Files.Add(new OutputFile("site/assets/facsimile/" + relative, File.ReadAllBytes(path)));
        }

        foreach (var file in Iiif.IiifManifests.Files(site.Edition, site.Figures.Facsimiles))
        {
            site.Files.Add(file);
        }
    }

    /// <summary>sitemap.xml lists absolute URLs, so only an edition with a base_url has one.</summary>
    private static void AddSitemap(SiteRun site)
    {
        if (site.Edition.BaseUrl is not { Length: > 0 })
        {
            site.Diagnostics.Add(RenderingDiagnostics.NoBaseUrl.At(SourceSpan.None("edition.yml")));
            return;
        }

        var first = site.Languages[0];
        var page = new PageView { Title = "", Kind = "sitemap", UiLang = first.Lang, Root = "", Base = "", Path = "sitemap.xml" };
        var model = new PageModel { Edition = site.Edition, Page = page, Urls = site.Urls };
        var sitemap = site.Compiled.Render("sitemap.sbn", model, first) ?? site.Renderer.Render("sitemap.sbn", model, site.Diagnostics, site.Functions[first]);
        if (sitemap is not null)
        {
            site.Files.Add(OutputFile.Text("site/sitemap.xml", sitemap));
        }
    }
}
