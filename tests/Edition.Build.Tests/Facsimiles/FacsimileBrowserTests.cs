using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Edition.Build.Tests.Facsimiles;

/// <summary>
/// The facsimile sample's document page in Chromium over file://: the viewer draws tiles, follows the text's page
/// breaks, links segments and zones both ways, works by keyboard, has no serious accessibility violation, and
/// without JavaScript leaves the plain page images at reading size.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class FacsimileBrowserTests(FacsimileBrowser browser, FacsimileSite site) : IClassFixture<FacsimileBrowser>, IClassFixture<FacsimileSite>
{
    private const string Viewer = ".facsimile .facs-viewer";

    [SkippableFact]
    public async Task TheViewerLoadsTilesFromTheSite()
    {
        var (context, page) = await OpenAsync();
        var tiles = new List<string>();
        page.RequestFinished += (_, r) => { if (r.Url.Contains("/iiif/", StringComparison.Ordinal)) { tiles.Add(r.Url); } };
        await page.GotoAsync(site.DocumentUrl);
        await page.WaitForFunctionAsync($"() => +document.querySelector('{Viewer}').dataset.tilesLoaded > 0");

        Assert.Contains(tiles, t => t.EndsWith("/default.jpg", StringComparison.Ordinal));
        Assert.Equal("d1887-03-14-f1", await page.GetAttributeAsync(Viewer, "data-page"));
        Assert.True(await page.Locator($"{Viewer} canvas").CountAsync() > 0 || await page.Locator($"{Viewer} img").CountAsync() > 0);
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task ScrollingToTheSecondPageBreakShowsTheSecondImage()
    {
        var (context, page) = await OpenAsync();
        await page.GotoAsync(site.DocumentUrl);
        await page.WaitForFunctionAsync($"() => document.querySelector('{Viewer}').dataset.page === 'd1887-03-14-f1'");

        await page.EvaluateAsync("() => { const b = document.querySelector(\".reader .pb[data-facs='d1887-03-14-f2']\"); window.scrollBy(0, b.getBoundingClientRect().top - 50); }");
        await page.WaitForFunctionAsync($"() => document.querySelector('{Viewer}').dataset.page === 'd1887-03-14-f2'");
        Assert.Contains("1v", await page.GetAttributeAsync($"{Viewer} [aria-label]", "aria-label") ?? "", StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task HoveringASegmentLightsItsZoneAndHoveringAZoneMarksItsSegment()
    {
        var (context, page) = await OpenAsync();
        await page.GotoAsync(site.DocumentUrl);
        await page.WaitForSelectorAsync(".facs-zone[data-zone]", new() { State = WaitForSelectorState.Attached });

        // The segments the script links to their zones carry data-zone; the second page's last one is p4.
        var segments = page.Locator(".reader [id][data-zone]");
        Assert.Equal(5, await segments.CountAsync());
        var segment = segments.Last;
        var id = await segment.GetAttributeAsync("id");
        var zone = await segment.GetAttributeAsync("data-zone");
        await segment.HoverAsync();
        await page.WaitForSelectorAsync($".facs-zone.active[data-zone='{zone}']", new() { State = WaitForSelectorState.Attached });

        await page.Mouse.MoveAsync(0, 0);
        await page.Locator($".facs-zone[data-zone='{zone}']").HoverAsync(new() { Force = true });
        await page.WaitForSelectorAsync($".reader [id='{id}'].active-zone", new() { State = WaitForSelectorState.Attached });
        Assert.Equal("d1887-03-14-f2", await page.GetAttributeAsync(Viewer, "data-page"));
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task TheViewerZoomsAndThePaneHidesByKeyboard()
    {
        var (context, page) = await OpenAsync();
        await page.GotoAsync(site.DocumentUrl);
        await page.WaitForFunctionAsync($"() => +document.querySelector('{Viewer}').dataset.tilesLoaded > 0");

        var stop = await TabToAsync(page, $"{Viewer} [tabindex='0']");
        Assert.True(stop, "no tab stop in the viewer");
        var before = await page.EvaluateAsync<int>($"() => +document.querySelector('{Viewer}').dataset.tilesLoaded");
        await page.Keyboard.DownAsync("Equal"); // held: the viewer zooms for as long as the key is down
        await page.WaitForTimeoutAsync(1500);
        await page.Keyboard.UpAsync("Equal");

        // Zoomed in, the viewer asks for finer tiles.
        await page.WaitForFunctionAsync($"n => +document.querySelector('{Viewer}').dataset.tilesLoaded > n", before, new() { Timeout = 10000 });

        Assert.True(await TabToAsync(page, ".facsimile input[type=checkbox]"), "the toggle is not a tab stop");
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.document').classList.contains('facsimile-hidden')"));
        Assert.False(await page.IsVisibleAsync(Viewer));
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.IsVisibleAsync(Viewer));
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task NoSeriousAccessibilityViolations()
    {
        var (context, page) = await OpenAsync();
        await page.GotoAsync(site.DocumentUrl);
        await page.WaitForFunctionAsync($"() => +document.querySelector('{Viewer}').dataset.tilesLoaded > 0");
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious));
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task WithoutJavaScriptThePageImagesShowAtReadingSize()
    {
        var (context, page) = await OpenAsync(javaScript: false);
        await page.GotoAsync(site.DocumentUrl);
        var images = page.Locator(".facsimile .facs-page img");
        Assert.Equal(2, await images.CountAsync());
        for (var i = 0; i < 2; i++)
        {
            var image = images.Nth(i);
            await image.ScrollIntoViewIfNeededAsync(); // loading="lazy"
            await page.WaitForFunctionAsync("n => { const i = document.querySelectorAll('.facsimile .facs-page img')[n]; return i.complete && i.naturalWidth > 0; }", i);
            Assert.True(await image.IsVisibleAsync());
            Assert.Equal(800, await image.EvaluateAsync<int>("i => i.naturalWidth"));
            Assert.Equal(800, (int)Math.Round((await image.BoundingBoxAsync())!.Width));
        }

        Assert.Equal(0, await page.Locator(Viewer).CountAsync());
        await context.CloseAsync();
    }

    private async Task<(IBrowserContext, IPage)> OpenAsync(bool javaScript = true)
    {
        var context = await (await browser.BrowserAsync()).NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = 1280, Height = 600 } });
        return (context, await context.NewPageAsync());
    }

    /// <summary>Presses Tab until the element matching the selector has the focus (at most 60 times).</summary>
    private static async Task<bool> TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector))
            {
                return true;
            }
        }

        return false;
    }
}
