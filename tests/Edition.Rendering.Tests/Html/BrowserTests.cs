using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// The sample site in a real browser over file://: views and modes (with and without JavaScript), notes and
/// back-links, search in Russian and English landing on the passage, a screenshot, and axe-core on every page type.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Doc = "documents/d1951-06-21.html";

    private static string Url(string page) => new Uri(Path.Combine(RenderedSite.Sample.Value.SiteDirectory, page)).AbsoluteUri;

    private async Task<IPage> OpenAsync(string page, bool javaScript = true)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var p = await context.NewPageAsync();
        await p.GotoAsync(Url(page));
        return p;
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ViewsAndModesSwitch(bool javaScript)
    {
        var page = await OpenAsync(Doc, javaScript);
        Assert.True(await page.IsVisibleAsync("#d1951-06-21-ru-p1"));
        Assert.True(await page.IsVisibleAsync("#d1951-06-21-en-p1"));
        Assert.True(await page.IsVisibleAsync("#d1951-06-21-ru-header .choice .read"));
        Assert.False(await page.IsVisibleAsync("#d1951-06-21-ru-header .choice .dipl"));

        await page.ClickAsync("label[for='view-0']");
        Assert.True(await page.IsVisibleAsync("#d1951-06-21-ru-p1"));
        Assert.False(await page.IsVisibleAsync("#d1951-06-21-en-p1"));
        await page.ClickAsync("label[for='view-1']");
        Assert.False(await page.IsVisibleAsync("#d1951-06-21-ru-p1"));
        Assert.True(await page.IsVisibleAsync("#d1951-06-21-en-p1"));

        await page.ClickAsync("label[for='view-parallel']");
        await page.ClickAsync("label[for='mode-dipl']");
        Assert.True(await page.IsVisibleAsync("#d1951-06-21-ru-header .choice .dipl"));
        Assert.False(await page.IsVisibleAsync("#d1951-06-21-ru-header .choice .read"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task FollowANoteAndComeBack()
    {
        var page = await OpenAsync(Doc);
        await page.ClickAsync("a.noteref[data-note='d1951-06-21-ru-n2']");
        var popover = page.Locator("#note-popover");
        await Assertions.Expect(popover).ToBeVisibleAsync();
        await Assertions.Expect(popover).ToContainTextAsync("Thus in the decipherment");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(popover).ToBeHiddenAsync();

        await page.ClickAsync("a.noteref[data-note='d1951-06-21-ru-n2']");
        await page.ClickAsync("#note-popover .popover-go");
        Assert.EndsWith("#d1951-06-21-ru-n2", page.Url, StringComparison.Ordinal);
        await page.ClickAsync("#d1951-06-21-ru-n2 a.backref");
        Assert.EndsWith("#ref-d1951-06-21-ru-n2", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#ref-d1951-06-21-ru-n2")).ToBeInViewportAsync();
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("дивизий", "ru", "дивизий")]
    [InlineData("divisions", "en", "divisions")]
    [InlineData("ДИВИЗИИ", "ru", "дивизи")]
    [InlineData("filippov", "ru", "ФИЛИППОВ")]
    public async Task SearchLandsOnThePassage(string query, string lang, string expected)
    {
        var page = await OpenAsync("search.html");
        await page.FillAsync("#q", query);
        await page.PressAsync("#q", "Enter");
        var hit = page.Locator($"#search-results [lang='{lang}'] a.search-hit").First;
        await Assertions.Expect(hit).ToBeVisibleAsync();
        await hit.ClickAsync();
        // The URL, not the load event: under a loaded CI machine the target page's load may finish before the wait starts.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("documents/.+#.+"));
        var anchor = Uri.UnescapeDataString(new Uri(page.Url).Fragment.TrimStart('#'));
        var text = await page.Locator($"[id='{anchor}']").TextContentAsync();
        Assert.Contains(expected, text, StringComparison.OrdinalIgnoreCase);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task ScreenshotOfTheParallelView()
    {
        var page = await OpenAsync(Doc);
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", "parallel-view.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000);
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("index.html")]
    [InlineData("documents.html")]
    [InlineData(Doc)]
    [InlineData("documents/d1951-06-21.cite.html")]
    [InlineData("persons.html")]
    [InlineData("places.html")]
    [InlineData("about.html")]
    [InlineData("search.html?q=divisions")]
    [InlineData("ru/documents/d1951-06-21.html")]
    public async Task NoSeriousAccessibilityViolations(string path)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var file = path.Split('?')[0];
        await page.GotoAsync(Url(file) + (path.Contains('?') ? "?" + path.Split('?')[1] : ""));
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, path + ":\n" + string.Join('\n', serious));
        await context.CloseAsync();
    }

    /// <summary>A volume's pages: a chapter's page (the part page type) and the list grouped by volume and chapter, sorted and filtered.</summary>
    [SkippableTheory]
    [InlineData("documents/volume-ch1.html")]
    [InlineData("documents/volume-front.html")]
    [InlineData("documents.html")]
    public async Task AVolumesPagesHaveNoSeriousAccessibilityViolations(string path)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(VolumeSiteTests.Volume.Value.SiteDirectory, path)).AbsoluteUri);
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, path + ":\n" + string.Join('\n', serious));
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task TheVolumeListSortsByDateAndBackToTheVolumesOrder()
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(VolumeSiteTests.Volume.Value.SiteDirectory, "documents.html")).AbsoluteUri);
        Assert.True(await page.IsVisibleAsync("li[data-group='volume-ch1'] h3"));
        await page.SelectOptionAsync("select[name=sort]", "desc");
        Assert.False(await page.IsVisibleAsync("li[data-group='volume-ch1'] h3"));
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("#doc-list > li:not([hidden]) a", "as => as.map(a => a.getAttribute('href'))");
        Assert.Equal(["documents/volume-d2.html", "documents/volume-d1.html"], hrefs);
        await page.SelectOptionAsync("select[name=sort]", "order");
        Assert.True(await page.IsVisibleAsync("li[data-group='volume-ch1'] h3"));
        Assert.Equal("2 of 2 documents", await page.TextContentAsync(".doc-count"));
        await context.CloseAsync();
    }
}
