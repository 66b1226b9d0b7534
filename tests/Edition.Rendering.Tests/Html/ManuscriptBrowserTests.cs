using Deque.AxeCore.Playwright;
using Edition.TestSupport;
using Microsoft.Playwright;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// The invented manuscript letter (samples/manuscript-letter) in a real browser: a deletion is drawn struck through in
/// the diplomatic view and not shown in the reading view, an addition is read in both, and axe finds nothing serious
/// in either view.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class ManuscriptBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.FromProject(Path.Combine(RepoPaths.Samples, "manuscript-letter")));

    private const string Page = "documents/d1887-03-14.html";

    private async Task<IPage> OpenAsync()
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var p = await context.NewPageAsync();
        await p.GotoAsync(new Uri(Path.Combine(Site.Value.SiteDirectory, Page)).AbsoluteUri);
        return p;
    }

    [SkippableFact]
    public async Task ADeletionIsStruckInTheDiplomaticViewAndHiddenInTheReadingView()
    {
        var page = await OpenAsync();
        var deletion = page.Locator("#d1887-03-14-en-p1 del.del").First;
        var addition = page.Locator("#d1887-03-14-en-p1 ins.add-above");
        Assert.False(await deletion.IsVisibleAsync(), "the deletion is shown in the reading view");
        Assert.True(await addition.IsVisibleAsync(), "the addition is not read in the reading view");
        Assert.False(await page.Locator(".signs-legend").IsVisibleAsync(), "the legend of the signs is shown in the reading view");

        await page.ClickAsync("label[for='mode-dipl']");
        Assert.True(await deletion.IsVisibleAsync(), "the deletion is not shown in the diplomatic view");
        Assert.Contains("line-through", await deletion.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"), StringComparison.Ordinal);
        Assert.Equal("\"⸌\"", await addition.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"));
        Assert.True(await page.Locator(".signs-legend").IsVisibleAsync(), "the legend of the signs is not shown in the diplomatic view");
        Assert.Contains("second hand", await page.Locator("#d1887-03-14-en-p3 .handshift").GetAttributeAsync("aria-label") ?? "", StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("reading")]
    [InlineData("dipl")]
    public async Task NoSeriousAccessibilityViolations(string mode)
    {
        var page = await OpenAsync();
        if (mode == "dipl")
        {
            await page.ClickAsync("label[for='mode-dipl']");
        }

        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, mode + ":\n" + string.Join('\n', serious));
        await page.Context.CloseAsync();
    }
}
