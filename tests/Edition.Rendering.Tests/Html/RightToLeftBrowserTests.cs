using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// An Arabic interface in a real browser: the header's navigation runs from the right, the layout mirrors, axe finds
/// nothing serious; the site's script picks plural forms by the interface language's CLDR rule.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class RightToLeftBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> OpenAsync(RenderedSite site, string path)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteDirectory, path)).AbsoluteUri);
        return page;
    }

    [SkippableFact]
    public async Task TheArabicNavigationIsMirrored()
    {
        var arabic = await OpenAsync(InterfaceLanguageSiteTests.ArabicSample.Value, "ar/documents.html");
        var english = await OpenAsync(InterfaceLanguageSiteTests.ArabicSample.Value, "documents.html");
        foreach (var (page, rtl) in new[] { (arabic, true), (english, false) })
        {
            var first = await Box(page.Locator("header nav:not(.ui-languages) li").First);
            var last = await Box(page.Locator("header nav:not(.ui-languages) li").Last);
            var title = await Box(page.Locator(".site-title"));
            Assert.Equal(rtl ? "rtl" : "ltr", await page.Locator("html").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
            Assert.True(rtl ? first.X > last.X : first.X < last.X, $"the navigation's first item ({first.X}) and last ({last.X}) do not run {(rtl ? "from the right" : "from the left")}");
            Assert.True(rtl ? title.X > 640 : title.X < 640, $"the site's title is at {title.X}, not on the {(rtl ? "right" : "left")}");
            await page.Context.CloseAsync();
        }
    }

    [SkippableTheory]
    [InlineData("ar/index.html")]
    [InlineData("ar/documents.html")]
    [InlineData("ar/documents/d1951-06-21.html")]
    [InlineData("ar/search.html")]
    public async Task AnArabicPageHasNoSeriousAccessibilityViolations(string path)
    {
        var page = await OpenAsync(InterfaceLanguageSiteTests.ArabicSample.Value, path);
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, path + ":\n" + string.Join('\n', serious));
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("ru/search.html", "1 результат|2 результата|5 результатов|11 результатов|21 результат|101 результат")]
    [InlineData("ar/search.html", "نتيجة واحدة|نتيجتان|5 نتائج|11 نتيجة|21 نتيجة|101 نتيجة")]
    [InlineData("search.html", "1 result|2 results|5 results|11 results|21 results|101 results")]
    public async Task TheScriptPicksThePluralFormOfTheInterfacesLanguage(string path, string expected)
    {
        var page = await OpenAsync(InterfaceLanguageSiteTests.ArabicSample.Value, path);
        var forms = await page.EvaluateAsync<string[]>("() => [1, 2, 5, 11, 21, 101].map(n => window.editionPlural(document.getElementById('search-status'), n, [n]))");
        Assert.Equal(expected.Split('|'), forms);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task TheDocumentListCountsInTheInterfacesLanguage()
    {
        var page = await OpenAsync(InterfaceLanguageSiteTests.ArabicSample.Value, "ru/documents.html");
        var count = (await page.Locator(".doc-count").InnerTextAsync()).Trim();
        Assert.Matches(@"^\d+ из \d+ документ(а|ов)$", count);
        await page.Context.CloseAsync();
    }

    private static async Task<LocatorBoundingBoxResult> Box(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("not laid out");
}
