using Edition.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// Search on an edition of 10,000 small invented letters: a one-word query fetches at most 300 KB of the index,
/// counted request by request as the browser asks for each file (every request is answered from the site's folder),
/// even for a word every letter holds.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class LargeSearchTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const int Letters = 10_000;

    private const long Bound = 300 * 1024;

    private static readonly Lazy<RenderedSite> Site = new(() =>
    {
        var project = Path.Combine(Path.GetTempPath(), "edition-small-letters-" + Guid.NewGuid().ToString("N")[..8]);
        SmallTeiCorpus.Create(project, Letters);
        return RenderedSite.FromProject(project);
    });

    /// <summary>A word every letter holds, and the vocabulary's most and 2,000th most frequent words.</summary>
    [SkippableTheory]
    [InlineData("the")]
    [InlineData("#0")]
    [InlineData("#2000")]
    public async Task AOneWordQueryFetchesAtMost300KB(string word)
    {
        var site = Site.Value;
        var query = word.StartsWith('#') ? SmallTeiCorpus.Vocabulary(new Random(1), 5000)[int.Parse(word[1..], System.Globalization.CultureInfo.InvariantCulture)] : word;
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync();
        long searchBytes = 0;
        var files = new List<string>();
        await context.RouteAsync("http://edition.test/**", async route =>
        {
            var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath).TrimStart('/');
            var file = Path.Combine(site.SiteDirectory, path);
            if (!File.Exists(file))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
                return;
            }

            var body = await File.ReadAllBytesAsync(file);
            if (path.StartsWith("assets/search/", StringComparison.Ordinal))
            {
                Interlocked.Add(ref searchBytes, body.Length);
                lock (files)
                {
                    files.Add($"{path} {body.Length}");
                }
            }

            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = body, ContentType = path.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/html" });
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("http://edition.test/search.html");
        await page.FillAsync("#q", query);
        await page.PressAsync("#q", "Enter");
        await Assertions.Expect(page.Locator("#search-results li").First).ToBeVisibleAsync();
        output.WriteLine($"{query}: {searchBytes} bytes of the index in {files.Count} files; status: {await page.Locator("#search-status").TextContentAsync()}");
        files.ForEach(output.WriteLine);
        Assert.True(searchBytes <= Bound, $"{query}: {searchBytes} bytes fetched (bound {Bound})");
        await context.CloseAsync();
    }
}
