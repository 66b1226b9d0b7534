using Edition.TestSupport;
using Microsoft.Playwright;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// Search in a real browser over file://, across scripts (Html/Search: invented texts in German, Arabic, Hebrew, Greek
/// and Russian): folding per language, Latin spellings of other scripts, and, on the sample, a variant reading and a
/// note found and labelled as such.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class SearchBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly Lazy<RenderedSite> Scripts = new(() => RenderedSite.FromProject(Path.Combine(RepoPaths.Root, "tests", "Edition.Rendering.Tests", "Html", "Search")));

    private async Task<IPage> SearchAsync(RenderedSite site, string query)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteDirectory, "search.html")).AbsoluteUri);
        await page.FillAsync("#q", query);
        await page.PressAsync("#q", "Enter");
        return page;
    }

    [SkippableTheory]
    [InlineData("dass", "de-p1", "daß")]
    [InlineData("Mueller", "de-p1", "Müller")]
    [InlineData("duesseldorf", "de-p1", "Düsseldorf")]
    [InlineData("strasse", "de-p2", "Straße")]
    [InlineData("muhammad", "ar-p1", "مُحَمَّد")]
    [InlineData("محمد", "ar-p1", "مُحَمَّد")]
    [InlineData("khalid", "ar-p1", "خـالـد")]
    [InlineData("avraham", "he-p1", "אַבְרָהָם")]
    [InlineData("שלום", "he-p1", "שָׁלוֹם")]
    [InlineData("sokrates", "grc-p1", "Σωκράτης")]
    [InlineData("ΣΩΚΡΑΤΗΣ", "grc-p1", "Σωκράτης")]
    [InlineData("filippov", "ru-p1", "Филиппов")]
    public async Task AWordIsFoundInItsScriptAndInLatinLetters(string query, string anchor, string marked)
    {
        var page = await SearchAsync(Scripts.Value, query);
        var hit = page.Locator("#search-results li a.search-hit").First;
        await Assertions.Expect(hit).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("#" + anchor + "$"));
        await Assertions.Expect(page.Locator("#search-results li mark").First).ToHaveTextAsync(marked);
        await hit.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#" + anchor + "$"));
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("sixteen", "search-kind-rdg", "in a variant reading", "d1951-06-21-en-app1")]
    [InlineData("decipherment", "search-kind-note", "in a note", "d1951-06-21-ru-n2")]
    public async Task AVariantReadingAndANoteAreFoundAndLabelled(string query, string kind, string label, string anchor)
    {
        var page = await SearchAsync(RenderedSite.Sample.Value, query);
        var labelled = page.Locator($"#search-results a.search-hit .{kind}").First;
        await Assertions.Expect(labelled).ToHaveTextAsync(label);
        await labelled.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#" + anchor + "$"));
        Assert.Contains(query, await page.Locator($"[id='{anchor}']").TextContentAsync(), StringComparison.OrdinalIgnoreCase);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task TheFiltersCountTheResultsByLanguage()
    {
        var page = await SearchAsync(Scripts.Value, "filippov");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("1 result");
        await page.ClickAsync("#search-filters summary");
        var russian = page.Locator("#search-filters fieldset label", new PageLocatorOptions { HasText = "Russian (1)" });
        await Assertions.Expect(russian).ToBeVisibleAsync();
        await russian.Locator("input").CheckAsync();
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("1 result");
        await Assertions.Expect(page.Locator("#search-results li")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }
}
