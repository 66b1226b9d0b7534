using Edition.Rendering.Templates;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// The site in the interface languages beyond English and Russian: a German tree speaks German (labels, dates, the
/// texts' languages named on the search page), an Arabic tree runs right to left from its html element.
/// </summary>
public sealed class InterfaceLanguageSiteTests
{
    /// <summary>The three-texts sample (a German letter, English and French translations): its site in en, de and fr.</summary>
    public static readonly Lazy<RenderedSite> ThreeTexts = new(() => RenderedSite.FromProject(Path.Combine(RepoPaths.Samples, "three-texts")));

    /// <summary>The first sample with an Arabic interface beside the English one.</summary>
    public static readonly Lazy<RenderedSite> ArabicSample = new(() =>
    {
        var (edition, tei) = ProjectReader.Read(RepoPaths.Sample);
        return RenderedSite.Render(edition with { UiLanguages = ["en", "ar", "ru"] }, tei, new TemplateSet(RepoPaths.Sample, RepoPaths.Templates));
    });

    [Fact]
    public void AnEditionOfGermanEnglishAndFrenchTextsGetsThoseInterfaces()
    {
        var site = ThreeTexts.Value;
        Assert.Equal(["de", "en", "fr"], site.Page("site/index.html").QuerySelectorAll(".ui-languages a").Select(a => a.GetAttribute("lang")!).Order(StringComparer.Ordinal));
        Assert.Equal("en", site.Page("site/index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void TheGermanTreeShowsGermanLabels()
    {
        var site = ThreeTexts.Value;
        var documents = site.Page("site/de/documents.html");
        Assert.Equal("de", documents.DocumentElement.GetAttribute("lang"));
        Assert.Null(documents.DocumentElement.GetAttribute("dir"));
        Assert.Equal(["Dokumente", "Personen", "Orte", "Über die Edition", "Suche"], documents.QuerySelectorAll("header nav:not(.ui-languages) a").Select(a => a.TextContent));
        Assert.Equal("Dokumentenverzeichnis", documents.QuerySelector("h1")!.TextContent);
        Assert.Equal("Deutsch", documents.QuerySelector(".ui-languages a[lang=de]")!.TextContent);
        var search = site.Page("site/de/search.html");
        Assert.Equal("In den Texten suchen (Deutsch, Englisch oder Französisch)", search.QuerySelector("label[for=q]")!.TextContent);
        Assert.Contains("\"one\":\"{0} Treffer\"", search.GetElementById("search-status")!.GetAttribute("data-forms"), StringComparison.Ordinal);
        var letter = site.Pages.First(p => p.StartsWith("site/de/documents/", StringComparison.Ordinal) && !p.EndsWith(".cite.html", StringComparison.Ordinal));
        var page = site.Page(letter);
        Assert.Contains(page.QuerySelectorAll("h2").Select(h => h.TextContent), h => h == "Textkritischer Apparat");
        Assert.Equal("Zitiervorschlag", page.QuerySelector(".downloads a:not([download])")!.TextContent);
    }

    [Fact]
    public void TheFrenchSearchPageNamesTheLanguagesInFrench() =>
        Assert.Equal("Rechercher dans les textes (allemand, anglais ou français)", ThreeTexts.Value.Page("site/fr/search.html").QuerySelector("label[for=q]")!.TextContent);

    [Fact]
    public void TheEnglishSearchPageNamesTheEditionsLanguages()
    {
        Assert.Equal("Search the texts (Russian or English)", RenderedSite.Sample.Value.Page("site/search.html").QuerySelector("label[for=q]")!.TextContent);
        Assert.Equal("Поиск по текстам (русский или английский)", RenderedSite.Sample.Value.Page("site/ru/search.html").QuerySelector("label[for=q]")!.TextContent);
    }

    [Theory]
    [InlineData("1951-06-21", "de", "21. Juni 1951")]
    [InlineData("1951-06-01", "fr", "1er juin 1951")]
    [InlineData("1951-06-21", "es", "21 de junio de 1951")]
    [InlineData("1951-06-21", "it", "21 giugno 1951")]
    [InlineData("1951-06-21", "zh", "1951年6月21日")]
    [InlineData("1951-06", "de", "Juni 1951")]
    [InlineData("1951-06-21", "en", "21 June 1951")]
    [InlineData("1951-06-21", "ru", "21 июня 1951 г.")]
    [InlineData("1951-02-30", "de", "1951-02-30")]
    public void DatesReadInTheInterfacesLanguage(string iso, string lang, string expected) =>
        Assert.Equal(expected, Rendering.Html.DateText.Format(iso, lang));

    [Fact]
    public void AnArabicPageRunsRightToLeftWithMirroredArrows()
    {
        var page = ArabicSample.Value.Page("site/ar/documents/d1951-06-21.html");
        Assert.Equal(("ar", "rtl"), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        Assert.Equal("فروق النسخ", page.GetElementById("app-h")!.TextContent);
        Assert.StartsWith("→", page.QuerySelector(".prev-next a[rel=prev]")?.TextContent ?? "→", StringComparison.Ordinal);
        Assert.Null(ArabicSample.Value.Page("site/documents/d1951-06-21.html").DocumentElement.GetAttribute("dir"));
    }
}
