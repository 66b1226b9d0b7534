using Deque.AxeCore.Playwright;
using Edition.TestSupport;
using Microsoft.Playwright;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// A Chinese text in a Chinese interface in a real browser (samples/chinese-letter, an invented letter): each page
/// says it is Chinese, the Chinese column and its text are marked zh, and axe finds nothing serious.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class CjkBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.FromProject(Path.Combine(RepoPaths.Samples, "chinese-letter")));

    private async Task<IPage> OpenAsync(string path)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(Site.Value.SiteDirectory, path)).AbsoluteUri);
        return page;
    }

    [SkippableTheory]
    [InlineData("zh/index.html")]
    [InlineData("zh/documents.html")]
    [InlineData("zh/documents/d1923-04-12.html")]
    [InlineData("zh/documents/d1923-04-12.cite.html")]
    [InlineData("zh/persons.html")]
    [InlineData("zh/search.html")]
    [InlineData("documents/d1923-04-12.html")]
    public async Task AChinesePageHasNoSeriousAccessibilityViolations(string path)
    {
        var page = await OpenAsync(path);
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, path + ":\n" + string.Join('\n', serious));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task TheChineseInterfaceAndTextAreMarkedChinese()
    {
        var page = await OpenAsync("zh/documents/d1923-04-12.html");
        Assert.Equal("zh", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("ltr", await page.Locator("html").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        var original = string.Concat(await page.Locator(".cell-0[lang=zh]").AllInnerTextsAsync());
        Assert.Contains("晓华兄如晤", original, StringComparison.Ordinal);
        Assert.Equal("en", await page.Locator(".cell-1").First.GetAttributeAsync("lang"));
        await page.Context.CloseAsync();
    }
}
