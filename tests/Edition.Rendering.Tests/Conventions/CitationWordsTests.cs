using Edition.Core.Conventions;
using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Rendering.Html;
using Edition.Rendering.Latex;
using Edition.Rendering.Templates;
using Edition.Rendering.Tests.Html;
using Edition.Rendering.Tests.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Conventions;

/// <summary>
/// The words around a citation are the interface's (its labels: "In:", "hg. von", „…“), the holding's terms the
/// tradition's where it gives them in that language, else the interface's; pages are cited in the holding's
/// convention on the site and in print (the invented German letter, Conventions/german-letter).
/// </summary>
public sealed class CitationWordsTests
{
    private static string Project => Path.Combine(RepoPaths.Root, "tests", "Edition.Rendering.Tests", "Conventions", "german-letter");

    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.FromProject(Project));

    private static readonly Lazy<IReadOnlyList<Labels>> Shipped = new(() => Labels.Load(new TemplateSet(null, RepoPaths.Templates), new DiagnosticBag()));

    private static string Page(string path) => File.ReadAllText(Path.Combine(Site.Value.SiteDirectory, path));

    private static string Chicago(string path)
    {
        var page = Page(path);
        var at = page.IndexOf("<p class=\"chicago\">", StringComparison.Ordinal);
        return page[(at + "<p class=\"chicago\">".Length)..page.IndexOf("</p>", at, StringComparison.Ordinal)];
    }

    [Fact]
    public void TheSiteCitesThePagesInTheHoldingsConvention()
    {
        var page = Page("documents/d1850-03-14.html");
        Assert.Contains("StAL, Bestand 20024, Nr. 117, Bl. 1r–2v, S. 3–4", page, StringComparison.Ordinal);
        Assert.Contains("record group (Bestand) 20024, file (Nr.) 117, leaves 1r–2v, pages 3–4", page, StringComparison.Ordinal);
        Assert.Contains("Bestand 20024, Nr. 117, Blatt 1r–2v, Seiten 3–4", Page("de/documents/d1850-03-14.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ThePagesAreALocusTypedPageReadBack()
    {
        var (_, tei) = ProjectReader.Encode(Project);
        var xml = tei.Select(t => t.Tei.ToString(System.Xml.Linq.SaveOptions.DisableFormatting)).Single(x => x.Contains("<msDesc", StringComparison.Ordinal));
        Assert.Contains("<locus from=\"1r\" to=\"2v\">Bl. 1r–2v</locus><locus type=\"page\" from=\"3\" to=\"4\">S. 3–4</locus>", xml, StringComparison.Ordinal);
        var archive = Site.Value.Edition.Documents.Single().Archive!;
        Assert.Equal(("1r", "2v", "3", "4"), (archive.FolioFrom, archive.FolioTo, archive.PageFrom, archive.PageTo));
    }

    [Fact]
    public void ThePrintCitesThePages()
    {
        var tex = PrintSample.Text(PrintSample.Render(Site.Value.Edition, new TemplateSet(Project, RepoPaths.Templates)).Single(f => f.RelativePath == PrintRenderer.TexPath));
        Assert.Contains("Bestand 20024, Nr. 117, Bl. 1r–2v, S. 3–4", tex, StringComparison.Ordinal);
    }

    [Fact]
    public void TheGermanInterfaceCitesInGermanWords() =>
        Assert.Equal(
            "Clara Weiß an Bruno Adler, 14. März 1850. „Clara Weiß an Bruno Adler (invented)“. StAL, Bestand 20024, Nr. 117, Bl. 1r–2v, S. 3–4. In: <i>Ein erfundener Brief (invented)</i>, hg. von The Edition project.",
            Chicago("de/documents/d1850-03-14.cite.html"));

    [Fact]
    public void TheEnglishAndRussianInterfacesKeepTheirOwnWords()
    {
        Assert.Equal(
            "Clara Weiß to Bruno Adler, 14 March 1850. “Clara Weiß an Bruno Adler (invented).” StAL, Bestand 20024, Nr. 117, Bl. 1r–2v, S. 3–4. In <i>Ein erfundener Brief (invented)</i>, edited by The Edition project.",
            Chicago("documents/d1850-03-14.cite.html"));
        Assert.Equal(
            "Clara Weiß — Bruno Adler, 14 марта 1850 г. «Clara Weiß an Bruno Adler (invented)». StAL, Bestand 20024, Nr. 117, Bl. 1r–2v, S. 3–4. // <i>Ein erfundener Brief (invented)</i> / под ред. The Edition project.",
            Chicago("ru/documents/d1850-03-14.cite.html"));
    }

    [Theory]
    [InlineData("de", "Bestand 45, Findbuch 1, Akte 339, Blätter 64–65, Seiten 3–4")]
    [InlineData("zh", "全宗 45, 目录 1, 案卷 339, 叶 64–65, 页 3–4")]
    [InlineData("en", "fond 45, inventory (opis) 1, file (delo) 339, folios 64–65, pages 3–4")]
    public void ALongFormTheConventionDoesNotSpellInTheInterfacesLanguageTakesTheLabelsWords(string lang, string expected)
    {
        var labels = Shipped.Value.Single(l => l.Lang == lang);
        var holding = new ArchiveLocation { Repository = "Invented Archive", Fond = "45", Opis = "1", Delo = "339" };
        Assert.Equal(expected, HoldingCitation.Long(ConventionCatalog.Shipped.Find("ru")!, holding, "64–65", false, lang, "3–4", labels.HoldingWords()));
    }
    [Fact]
    public void SiteDatesFollowTheEditionsOwnConventionFile()
    {
        var copy = Directory.CreateTempSubdirectory("edition-own-convention-").FullName;
        try
        {
            CopyTree(Project, copy);
            var own = File.ReadAllText(Path.Combine(RepoPaths.Templates, "conventions", "de.json")).Replace("\"day\": \"{day}. {month} {year}\"", "\"day\": \"am {day}. {month} anno {year}\"", StringComparison.Ordinal);
            Directory.CreateDirectory(Path.Combine(copy, "templates", "conventions"));
            File.WriteAllText(Path.Combine(copy, "templates", "conventions", "de.json"), own);
            var site = RenderedSite.FromProject(copy);
            Assert.Contains("am 14. März anno 1850", File.ReadAllText(Path.Combine(site.SiteDirectory, "de", "documents.html")), StringComparison.Ordinal);
            Assert.Contains("am 14. März anno 1850", File.ReadAllText(Path.Combine(site.SiteDirectory, "de", "documents", "d1850-03-14.html")), StringComparison.Ordinal);
            Assert.Contains("14 March 1850", File.ReadAllText(Path.Combine(site.SiteDirectory, "documents.html")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
