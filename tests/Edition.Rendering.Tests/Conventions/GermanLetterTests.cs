using Edition.Rendering.Latex;
using Edition.Rendering.Tests.Html;
using Edition.Rendering.Tests.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Conventions;

/// <summary>
/// An invented German letter (Conventions/german-letter, see its README): its holding in Germany is cited in German
/// usage on the site and in print, the indexes are in surname order by the language's collation, and the place of
/// sending counts as an occurrence although the texts do not name it.
/// </summary>
public sealed class GermanLetterTests
{
    private static string Project => Path.Combine(RepoPaths.Root, "tests", "Edition.Rendering.Tests", "Conventions", "german-letter");

    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.FromProject(Project));

    private static readonly Lazy<string> Tex = new(() =>
        PrintSample.Text(PrintSample.Render(Site.Value.Edition, new Edition.Rendering.Templates.TemplateSet(Project, RepoPaths.Templates)).Single(f => f.RelativePath == PrintRenderer.TexPath)));

    private static string Page(string path) => File.ReadAllText(Path.Combine(Site.Value.SiteDirectory, path));

    [Fact]
    public void TheSiteCitesTheHoldingInGermanUsage()
    {
        var page = Page("documents/d1850-03-14.html");
        Assert.Contains("StAL, Bestand 20024, Nr. 117, Bl. 1r–2v", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ll.", page, StringComparison.Ordinal);
        Assert.Contains("record group (Bestand) 20024, file (Nr.) 117, leaves 1r–2v", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePrintCitesTheHoldingAndDatesInGermanUsage()
    {
        Assert.Contains(@"Bestand 20024, Nr. 117, Bl. 1r–2v", Tex.Value, StringComparison.Ordinal);
        Assert.Contains(@"\item[{Date}] 14. März 1850", Tex.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("ll. ", Tex.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePersonsIndexIsInSurnameOrderWithUmlautsBesideTheirVowel()
    {
        var page = Page("persons.html");
        var order = new[] { "Anna Äbi", "Bruno Adler", "Karl von Clausewitz", "Clara Weiß" }.Select(n => page.IndexOf("-h\">" + n, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order().ToList(), order);
    }

    [Fact]
    public void ThePrintIndexKeysFollowTheSameOrder()
    {
        string Key(string name) => System.Text.RegularExpressions.Regex.Match(Tex.Value, @"\\edindex\[persons\]\{(\d+) " + name).Groups[1].Value;
        var keys = new[] { "Anna Äbi", "Karl von Clausewitz", "Clara Weiß" }.Select(Key).ToList();
        Assert.DoesNotContain("", keys);
        Assert.Equal(keys.Order(StringComparer.Ordinal).ToList(), keys);
    }

    [Fact]
    public void ThePlaceOfSendingIsAnOccurrence()
    {
        var page = Page("places.html");
        var leipzig = page[page.IndexOf("id=\"leipzig\"", StringComparison.Ordinal)..];
        leipzig = leipzig[..leipzig.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("documents/d1850-03-14.html", leipzig, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"none\"", leipzig, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAddresseeIsAnOccurrence()
    {
        var adler = Site.Value.Edition.Persons.Single(p => p.Id == "bruno-adler");
        Assert.Contains(adler.Occurrences, o => o.DocumentId == "d1850-03-14" && o.SegmentId is null);
    }
}
