using AngleSharp.Diffing;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// How a TEI-in document's structure becomes its page: a table of contents of its headed divisions at any depth,
/// texts paired by a link group side by side, a group's texts in several languages as columns and in one language
/// in sequence. The fixtures (Html/TeiIn) are invented texts.
/// </summary>
public sealed class DocumentStructureTests
{
    public static readonly Lazy<RenderedSite> TeiIn = new(() => RenderedSite.FromProject(Path.Combine(RepoPaths.Root, "tests", "Edition.Rendering.Tests", "Html", "TeiIn")));

    private static RenderedSite Site => TeiIn.Value;

    [Fact]
    public void TheContentsPageMatchesTheGoldenHtml()
    {
        const string path = "tests/Edition.Rendering.Tests/Html/Golden/tei-in-contents.html";
        var actual = Site.Text("site/documents/contents.html");
        if (GoldenFile.Updating || !File.Exists(Path.Combine(RepoPaths.Root, path)))
        {
            GoldenFile.AssertText(path, actual);
        }

        var diffs = DiffBuilder.Compare(File.ReadAllText(Path.Combine(RepoPaths.Root, path))).WithTest(actual).Build().ToList();
        Assert.True(diffs.Count == 0, $"{diffs.Count} difference(s) from Golden/tei-in-contents.html (EDITION_UPDATE_GOLDEN=1 rewrites it), first: {string.Join("; ", diffs.Take(3).Select(d => d.Result + " " + d.Target))}");
    }

    [Fact]
    public void TheTableOfContentsNumbersTheHeadedDivisionsPerLevelAndLinksToEach()
    {
        var page = Site.Page("site/documents/contents.html");
        var nav = page.QuerySelector("nav.toc")!;
        Assert.Equal("Table of contents", nav.GetAttribute("aria-label"));
        var links = nav.QuerySelectorAll("a").ToList();
        Assert.Equal(["1", "2", "2.1", "2.2", "2.2.1", "3", "4", "5"], links.Select(a => a.QuerySelector(".toc-n")!.TextContent));
        Assert.Equal("2 Book One: The Wall", links[1].TextContent); // a headless book's chapter (3) stands at the book's level
        Assert.Equal(["#contents-div1", "#book-one", "#contents-div2-1", "#contents-div2-2", "#contents-div2-2-1"], links.Take(5).Select(a => a.GetAttribute("href")));
        Assert.Equal(3, nav.QuerySelectorAll("li > ol").Length + 1); // nested: the top list, book one's and chapter two's
        foreach (var link in links)
        {
            var division = page.GetElementById(link.GetAttribute("href")![1..])!;
            Assert.Equal(link.TextContent[(link.QuerySelector(".toc-n")!.TextContent.Length + 1)..], division.Children.First(c => c.ClassList.Contains("b-head")).TextContent);
        }
    }

    [Theory]
    [InlineData("site/documents/parallel-group.html")] // one headed division in the first column
    [InlineData("site/documents/epidoc.html")]
    public void APageWithFewerThanTwoHeadedDivisionsHasNoTable(string page) => Assert.Null(Site.Page(page).QuerySelector("nav.toc"));

    [Fact]
    public void LinkedTranslationsShareRows()
    {
        var page = Site.Page("site/documents/linked.html");
        var rows = page.QuerySelectorAll(".parallel .row.aligned").ToList();
        Assert.Equal(["o1", "o2", "o3"], rows.Select(r => r.GetAttribute("data-key")));
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector($".cell-1 #t{r.GetAttribute("data-key")![1..]}")));
        Assert.Empty(page.QuerySelectorAll(".matter-back"));
    }

    [Fact]
    public void AGroupInSeveralLanguagesIsColumnsAndInOneLanguageASequence()
    {
        var parallel = Site.Page("site/documents/parallel-group.html");
        Assert.NotNull(parallel.QuerySelector(".parallel.cols-2"));
        Assert.Equal(["la", "en"], parallel.QuerySelectorAll(".row[data-key='la-1'] > .cell").Select(c => c.GetAttribute("lang")));
        Assert.NotNull(parallel.QuerySelector(".matter-front .t-introduction"));
        var anthology = Site.Page("site/documents/anthology.html");
        Assert.NotNull(anthology.QuerySelector(".parallel.cols-1"));
        Assert.Equal(["poem-1", "poem-2", "poem-3"], anthology.QuerySelectorAll(".b-text[id]").Select(t => t.Id));
    }

    [Fact]
    public void EveryLinkOfTheFixturesPagesResolves()
    {
        var broken = Site.InternalLinks().Select(l => Site.Broken(l.Page, l.Link)).OfType<string>().ToList();
        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }
}
