using Deque.AxeCore.Playwright;
using Edition.Core.Diagnostics;
using Edition.Rendering.Figures;
using Edition.Rendering.Templates;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Html;

/// <summary>The figures fixture's page in Chromium: the copied images load, the page has no serious accessibility violation.</summary>
[Trait("Speed", "Slow")]
public sealed class FigureBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly Lazy<RenderedSite> Site = new(() =>
    {
        var (edition, tei) = ProjectReader.Read(FigureFixture.Folder);
        var bag = new DiagnosticBag();
        var figures = FigureImages.Resolve(edition, tei, FigureFixture.Folder, bag);
        return RenderedSite.Render(edition, tei, new TemplateSet(FigureFixture.Folder, RepoPaths.Templates), bag, figures);
    });

    [SkippableFact]
    public async Task TheCopiedImagesLoad()
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(Site.Value.SiteDirectory, "documents", "figures.html")).AbsoluteUri);

        foreach (var selector in new[] { "figure#fig-map img", "p .figure img", "img[src$='.svg']" })
        {
            var image = page.Locator(selector);
            await image.ScrollIntoViewIfNeededAsync(); // loading="lazy": an image loads when it comes near the view
            await page.WaitForFunctionAsync("s => { const i = document.querySelector(s); return i.complete && i.naturalWidth > 0; }", selector);
            Assert.True(await image.EvaluateAsync<int>("i => i.naturalWidth") > 0, selector);
        }

        Assert.Equal(24, await page.Locator("figure#fig-map img").EvaluateAsync<int>("i => i.naturalWidth"));
        Assert.True(await page.IsVisibleAsync("figure#fig-lost .figure-missing"));
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task NoSeriousAccessibilityViolations()
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(Site.Value.SiteDirectory, "documents", "figures.html")).AbsoluteUri);
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious));
        await context.CloseAsync();
    }
}
