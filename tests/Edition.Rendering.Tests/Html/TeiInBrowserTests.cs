using Deque.AxeCore.Playwright;
using Edition.TestSupport;
using Microsoft.Playwright;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// TEI from other projects in a real browser: a drama's speakers stand apart from their speeches, Arabic runs right to
/// left and is right-aligned, an EpiDoc edition stands beside its translations, a table of contents leads to its
/// divisions, a group's texts in two languages stand in columns, and axe finds nothing serious on these pages. The fixtures (Html/TeiIn) are invented texts.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class TeiInBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.FromProject(Path.Combine(RepoPaths.Root, "tests", "Edition.Rendering.Tests", "Html", "TeiIn")));

    private async Task<IPage> OpenAsync(string page)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var p = await context.NewPageAsync();
        var query = page.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? page[q..] : "";
        await p.GotoAsync(new Uri(Path.Combine(Site.Value.SiteDirectory, page[..(page.Length - query.Length)])).AbsoluteUri + query);
        return p;
    }

    [SkippableFact]
    public async Task ADramaShowsEachSpeakerAboveTheSpeech()
    {
        var page = await OpenAsync("documents/drama.html");
        var speaker = await Box(page.Locator("#sp1 > .b-speaker"));
        var line = await Box(page.Locator("#sp1 > .b-l").First);
        var nextSpeaker = await Box(page.Locator("#sp2 > .b-speaker"));
        Assert.True(speaker.Y + speaker.Height <= line.Y + 0.5, $"the speaker ({speaker.Y}+{speaker.Height}) is not above the speech ({line.Y})");
        Assert.True(line.Y + line.Height <= nextSpeaker.Y + 0.5, "the second speech does not begin below the first");
        Assert.Equal("Anna, a keeper of lighthouses", (await page.Locator(".b-castItem").First.InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task ArabicRunsRightToLeftAndIsRightAligned()
    {
        var page = await OpenAsync("documents/arabic.html");
        var paragraph = page.Locator("#ar-p1");
        Assert.Equal("rtl", await paragraph.GetAttributeAsync("dir"));
        Assert.Equal("rtl", await paragraph.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        var edges = await paragraph.EvaluateAsync<double[]>(
            "e => { const r = document.createRange(); r.selectNodeContents(e); const t = r.getBoundingClientRect(), b = e.getBoundingClientRect(); return [t.left - b.left, b.right - t.right]; }");
        Assert.True(edges[1] < 2, $"the text ends {edges[1]} px from the paragraph's right edge");
        Assert.True(edges[0] > 100, $"the text begins only {edges[0]} px from the paragraph's left edge: it is not right-aligned");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task AnEpiDocEditionStandsBesideItsTranslations()
    {
        var page = await OpenAsync("documents/epidoc.html?cols=la,en,de"); // the first two texts by default: the view names all three
        var edition = await Box(page.Locator(".cell-0[lang='la'] .b-ab"));
        var english = await Box(page.Locator(".cell-1[lang='en'] .b-p"));
        var german = await Box(page.Locator(".cell-2[lang='de'] .b-p"));
        Assert.True(edition.X + edition.Width <= english.X && english.X + english.Width <= german.X, "the texts are not in columns from left to right");
        Assert.True(Math.Abs(edition.Y - english.Y) < 20 && Math.Abs(english.Y - german.Y) < 20, $"the texts do not begin side by side ({edition.Y}, {english.Y}, {german.Y}): a staircase");
        Assert.True(await page.Locator(".matter-back .t-commentary").IsVisibleAsync(), "the commentary is not shown after the texts");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task ATableOfContentsLinkScrollsToItsDivision()
    {
        var page = await OpenAsync("documents/contents.html");
        var link = page.Locator("nav.toc a[href='#contents-div4']");
        Assert.Equal("4 Book Two: The Boats", (await link.InnerTextAsync()).Trim());
        await link.ClickAsync();
        await page.WaitForFunctionAsync("() => Math.abs(document.getElementById('contents-div4').getBoundingClientRect().top) < 2");
        var heading = await Box(page.Locator("#contents-div4 > .b-head"));
        Assert.True(heading.Y >= -1 && heading.Y + heading.Height <= 900, $"the heading is not in view after the link ({heading.Y})");
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 500, "the page did not scroll: the division was in view already");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task ATableOfContentsLinkIntoAHiddenColumnLeadsToTheShownText()
    {
        var page = await OpenAsync("documents/parallel-contents.html?view=1"); // the English alone: the table lists the Latin's divisions
        await page.SetViewportSizeAsync(1280, 300);
        Assert.False(await page.Locator("#la-3").IsVisibleAsync());
        await page.Locator("nav.toc a[href='#la-3']").ClickAsync();
        await page.WaitForFunctionAsync("() => { const t = document.querySelector('#en-3 .b-head').getBoundingClientRect().top; return t >= -1 && t < 300; }");
        Assert.Equal("Of the watchmen", (await page.Locator("#en-3 .b-head").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task AGroupsTextsInTwoLanguagesStandInColumns()
    {
        var page = await OpenAsync("documents/parallel-group.html");
        foreach (var key in new[] { "la-1", "la-2" })
        {
            var latin = await Box(page.Locator($".row[data-key='{key}'] > .cell-0[lang='la'] .b-p"));
            var english = await Box(page.Locator($".row[data-key='{key}'] > .cell-1[lang='en'] .b-p"));
            Assert.True(latin.X + latin.Width <= english.X, $"{key}: the English ({english.X}) is not right of the Latin ({latin.X}+{latin.Width})");
            Assert.True(Math.Abs(latin.Y - english.Y) < 20, $"{key}: the texts do not begin side by side ({latin.Y}, {english.Y})");
        }

        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("documents/contents.html")]
    [InlineData("documents/linked.html")]
    [InlineData("documents/parallel-group.html")]
    [InlineData("documents/parallel-contents.html")]
    [InlineData("documents/anthology.html")]
    [InlineData("documents/drama.html")]
    [InlineData("documents/arabic.html")]
    [InlineData("documents/epidoc.html")]
    public async Task NoSeriousAccessibilityViolations(string path)
    {
        var page = await OpenAsync(path);
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, path + ":\n" + string.Join('\n', serious));
        await page.Context.CloseAsync();
    }

    private static async Task<LocatorBoundingBoxResult> Box(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException($"{locator} has no box: it is not shown");
}
