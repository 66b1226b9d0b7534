using Deque.AxeCore.Playwright;
using Edition.TestSupport;
using Microsoft.Playwright;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// The synoptic view in a real browser, on the invented three-texts sample: two texts without the script (the
/// view switch reaching the third), three chosen columns aligned row by row and kept in the URL (reload, back),
/// a witness reconstructed from the apparatus showing its readings where the base has the lemma, and axe.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class SynopticBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Doc = "documents/d1850-03-14.html";

    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.FromProject(Path.Combine(RepoPaths.Root, "samples", "three-texts")));

    private static string Url(string query = "") => new Uri(Path.Combine(Site.Value.SiteDirectory, Doc)).AbsoluteUri + query;

    private async Task<IPage> OpenAsync(string query = "", bool javaScript = true)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var p = await context.NewPageAsync();
        await p.GotoAsync(Url(query));
        return p;
    }

    [SkippableFact]
    public async Task WithoutTheScriptTheBaseAndFirstTranslationShowAndTheViewSwitchReachesTheThird()
    {
        var page = await OpenAsync(javaScript: false);
        Assert.True(await page.IsVisibleAsync("#d1850-03-14-de-p2"));
        Assert.True(await page.IsVisibleAsync("#d1850-03-14-en-p2"));
        Assert.False(await page.IsVisibleAsync("#d1850-03-14-fr-p2"));
        Assert.False(await page.IsVisibleAsync(".synoptic-switch"));
        await page.ClickAsync("label[for='view-2']");
        Assert.True(await page.IsVisibleAsync("#d1850-03-14-fr-p2"));
        Assert.False(await page.IsVisibleAsync("#d1850-03-14-de-p2"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task ChoosingThreeColumnsShowsThreeAlignedTextsAndTheUrlReproducesTheView()
    {
        var page = await OpenAsync();
        Assert.False(await page.IsVisibleAsync("#d1850-03-14-fr-p2"));
        await page.SelectOptionAsync("#syn-col-3", "fr");
        Assert.EndsWith("?cols=de%2Cen%2Cfr", page.Url, StringComparison.Ordinal);
        await AssertAlignedAsync(page, "de", "en", "fr");

        await page.ReloadAsync();
        await AssertAlignedAsync(page, "de", "en", "fr");
        Assert.Equal("fr", await page.InputValueAsync("#syn-col-3"));

        // Another view, then back: the browser's history holds the views.
        await page.SelectOptionAsync("#syn-col-1", "fr");
        await AssertAlignedAsync(page, "fr", "en", "de");
        await page.GoBackAsync();
        await AssertAlignedAsync(page, "de", "en", "fr");

        var fresh = await OpenAsync("?cols=en,fr,de");
        await AssertAlignedAsync(fresh, "en", "fr", "de");
        await fresh.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task AWitnessFromTheApparatusShowsItsReadingWhereTheBaseHasTheLemma()
    {
        var page = await OpenAsync("?cols=de,app-B");
        var row = page.Locator(".row:has(#d1850-03-14-de-p2)");
        var witness = row.Locator(".cell-wit");
        await Assertions.Expect(witness).ToBeVisibleAsync();
        var reading = await witness.InnerTextAsync();
        Assert.Contains("mit den vier", reading, StringComparison.Ordinal);
        Assert.Contains("sei verschneit", reading, StringComparison.Ordinal);
        Assert.DoesNotContain("drei", reading, StringComparison.Ordinal);
        Assert.Equal(["vier", "verschneit"], await witness.Locator(".rdg-in.variant").AllInnerTextsAsync());
        var baseText = await row.Locator(".cell-0").InnerTextAsync();
        Assert.Contains("mit den drei", baseText, StringComparison.Ordinal);
        Assert.DoesNotContain("vier", baseText, StringComparison.Ordinal);
        var boxes = new[] { await Box(row.Locator(".cell-0")), await Box(witness) };
        Assert.True(Math.Abs(boxes[0].Y - boxes[1].Y) < 1 && boxes[0].X < boxes[1].X, "the witness does not stand beside the base");
        Assert.Equal(0, await page.Locator(".cell-wit [id]").CountAsync());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task NoSeriousAccessibilityViolations()
    {
        var page = await OpenAsync("?cols=de,en,fr,app-B");
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious));
        await page.Context.CloseAsync();
    }

    /// <summary>The texts' second paragraphs shown in this order, left to right, their tops level.</summary>
    private static async Task AssertAlignedAsync(IPage page, params string[] langs)
    {
        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var lang in langs)
        {
            boxes.Add(await Box(page.Locator($"#d1850-03-14-{lang}-p2")));
        }

        for (var i = 1; i < boxes.Count; i++)
        {
            Assert.True(Math.Abs(boxes[i].Y - boxes[0].Y) < 1, $"{langs[i]}'s segment begins at {boxes[i].Y}, {langs[0]}'s at {boxes[0].Y}: not in one row");
            Assert.True(boxes[i - 1].X + boxes[i - 1].Width <= boxes[i].X, $"{langs[i - 1]} does not stand before {langs[i]}");
        }

        var shown = await page.Locator(".row-head .cell").EvaluateAllAsync<int>("cells => cells.filter(c => c.offsetParent !== null).length");
        Assert.Equal(langs.Length, shown);
    }

    private static async Task<LocatorBoundingBoxResult> Box(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException($"{locator} has no box: it is not shown");
}
