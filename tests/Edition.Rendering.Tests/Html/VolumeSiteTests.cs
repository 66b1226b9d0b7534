using AngleSharp.Diffing;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// A small volume (a TEI file of documents among chapters, front and back matter): its parts' pages, the list of
/// documents by volume and chapter, golden HTML of both.
/// </summary>
public sealed class VolumeSiteTests
{
    public static readonly Lazy<RenderedSite> Volume = new(() =>
    {
        var project = Path.Combine(Path.GetTempPath(), "edition-volume-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.Copy(Path.Combine(RepoPaths.Root, "tests", "Edition.Tei.Tests", "Reading", "Volumes", "volume.xml"), Path.Combine(project, "documents", "volume.xml"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: volume\ntitle: \"A small volume\"\nlanguages: [en]\ndate_attributes: [\"@my:date\"]\n");
        return RenderedSite.FromProject(project);
    });

    private static RenderedSite Site => Volume.Value;

    [Theory]
    [InlineData("site/documents.html", "volume-documents.html")]
    [InlineData("site/documents/volume-ch1.html", "volume-ch1.html")]
    public void PagesMatchTheGoldenHtml(string page, string golden)
    {
        var actual = Site.Text(page);
        var path = "tests/Edition.Rendering.Tests/Html/Golden/" + golden;
        if (GoldenFile.Updating || !File.Exists(Path.Combine(RepoPaths.Root, path)))
        {
            GoldenFile.AssertText(path, actual);
        }

        var diffs = DiffBuilder.Compare(File.ReadAllText(Path.Combine(RepoPaths.Root, path))).WithTest(actual).Build().ToList();
        Assert.True(diffs.Count == 0, $"{diffs.Count} difference(s) from Golden/{golden} (EDITION_UPDATE_GOLDEN=1 rewrites it), first: {string.Join("; ", diffs.Take(3).Select(d => d.Result + " " + d.Target))}");
    }

    [Fact]
    public void EveryPartOfTheVolumeIsReachableFromTheList()
    {
        var links = Site.Page("site/documents.html").QuerySelectorAll("#doc-list a").Select(a => a.GetAttribute("href")).ToList();
        string[] parts = ["volume-front", "volume-preface", "volume-ch1", "volume-d1", "volume-d2", "volume-ch2", "volume-app1"]; // the volume's order
        Assert.Equal(parts.Select(p => $"documents/{p}.html"), links);
        Assert.All(parts, p => Assert.Contains($"site/documents/{p}.html", Site.Pages));
    }

    [Fact]
    public void AnUntitledDocumentIsListedByItsDateAndFirstWords()
    {
        var item = Site.Page("site/documents.html").QuerySelector("#doc-list a[href='documents/volume-d1.html']")!;
        Assert.Equal("12 March 1951 — We have received your letter of the fifth…", item.TextContent);
        Assert.Equal("12 March 1951 — We have received your letter of the fifth…", Site.Page("site/documents/volume-d1.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void TheEditionsOwnDateAttributeDatesADocument() =>
        Assert.Equal("1951-04-01", Site.Page("site/documents.html").QuerySelector("#doc-list a[href='documents/volume-d2.html']")!.ParentElement!.GetAttribute("data-date"));

    [Fact]
    public void AChapterPageShowsItsTextAndContentsAndItsDocumentsLeadBack()
    {
        var chapter = Site.Page("site/documents/volume-ch1.html");
        Assert.Contains("Between the papers", chapter.QuerySelector(".reader")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["../documents/volume-d1.html", "../documents/volume-d2.html"], chapter.QuerySelectorAll(".part-contents a").Select(a => a.GetAttribute("href")));
        Assert.Equal("../documents/volume-ch1.html", Site.Page("site/documents/volume-d2.html").QuerySelector(".trail a")!.GetAttribute("href"));
    }

    [Fact]
    public void InternalLinksResolve()
    {
        var broken = Site.InternalLinks().Select(l => Site.Broken(l.Page, l.Link)).Where(b => b is not null).ToList();
        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }
}
