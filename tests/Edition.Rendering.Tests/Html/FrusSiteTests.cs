using System.Xml.Linq;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Html;

/// <summary>A FRUS volume (TEI-in, many documents in one file) renders to a browsable site.</summary>
[Trait("Speed", "Slow")]
public sealed class FrusSiteTests
{
    private static readonly Lazy<(RenderedSite Site, int Documents)> Frus = new(() =>
    {
        var volume = Path.Combine(RepoPaths.Shared, "corpus", "frus", "frus1894Nicaragua.xml");
        var project = Path.Combine(Path.GetTempPath(), "edition-frus-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.Copy(volume, Path.Combine(project, "documents", "frus1894Nicaragua.xml"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: frus1894\ntitle: \"FRUS 1894, Nicaragua\"\nlanguages: [en]\nbase_url: \"https://example.org/frus1894/\"\n");
        var count = XDocument.Load(volume).Descendants().Count(e => e.Name.LocalName == "div" && (string?)e.Attribute("type") == "document");
        return (RenderedSite.FromProject(project), count);
    });

    [SkippableFact]
    public void EveryDocumentDivisionGetsAPage()
    {
        var (site, documents) = Frus.Value;
        Assert.Equal(138, documents);
        Assert.Equal(documents, site.Edition.Documents.Count);
        var pages = site.Pages.Where(p => p.StartsWith("site/documents/", StringComparison.Ordinal) && !p.EndsWith(".cite.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(documents + site.Edition.Parts.Count, pages.Count);
    }

    [SkippableFact]
    public void FrontMatterAndChaptersHavePagesLinkedFromTheList()
    {
        var (site, _) = Frus.Value;
        var parts = site.Edition.Parts.ToDictionary(p => p.DivId ?? p.Id);
        Assert.Equal("front", parts["message-of-the-president"].Matter);
        Assert.Equal("front", parts["toc"].Matter);
        Assert.Equal("body", parts["comp1"].Matter);

        var message = site.Page("site/documents/frus1894Nicaragua-message-of-the-president.html");
        Assert.Equal("Message of the President", message.QuerySelector("h1")!.TextContent);
        Assert.Contains("Senate resolution of December 4, 1894", message.QuerySelector(".reader")!.TextContent, StringComparison.Ordinal);

        // The compilation's page lists its documents; a document's page leads back to it.
        var chapter = site.Page("site/documents/frus1894Nicaragua-comp1.html");
        Assert.Equal(138, chapter.QuerySelectorAll(".part-contents li").Length);
        var document = site.Page("site/documents/frus1894Nicaragua-d1.html");
        Assert.Equal("../documents/frus1894Nicaragua-comp1.html", document.QuerySelector(".trail a")!.GetAttribute("href"));

        var list = site.Page("site/documents.html");
        var links = list.QuerySelectorAll("#doc-list a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var part in site.Edition.Parts)
        {
            Assert.Contains("documents/" + part.Id + ".html", links);
        }
    }

    [SkippableFact]
    public void TheListGroupsDocumentsByVolumeAndChapterInTheVolumesOrder()
    {
        var (site, _) = Frus.Value;
        var items = site.Page("site/documents.html").QuerySelectorAll("#doc-list > li").ToList();
        Assert.Equal("volume", items[0].GetAttribute("data-kind"));
        var heading = items.FindIndex(li => li.GetAttribute("data-group") == "frus1894Nicaragua-comp1");
        Assert.True(heading > 0, "the compilation's heading is listed");
        Assert.Equal("h3", items[heading].FirstElementChild!.LocalName);
        var documents = items.Skip(heading + 1).Where(li => !li.HasAttribute("data-kind")).ToList();
        Assert.Equal(138, documents.Count);
        Assert.All(documents, li => Assert.Contains("frus1894Nicaragua-comp1", li.GetAttribute("data-groups")!, StringComparison.Ordinal));
        Assert.EndsWith("frus1894Nicaragua-d1.html", documents[0].QuerySelector("a")!.GetAttribute("href")!, StringComparison.Ordinal); // the volume's order, not the dates'
        Assert.Equal("1894-01-25", documents[0].GetAttribute("data-date")); // its dateline
    }

    [SkippableFact]
    public void FootnotesAreRenderedAndLinked()
    {
        var (site, _) = Frus.Value;
        var expected = site.Edition.Documents.Sum(d => d.Notes.Count);
        Assert.True(expected > 50);
        var rendered = site.Edition.Documents.Sum(d => site.Page($"site/documents/{d.Id}.html").QuerySelectorAll(".note-list > li").Length);
        Assert.Equal(expected, rendered);
        var withNotes = site.Edition.Documents.First(d => d.Notes.Count > 0);
        var page = site.Page($"site/documents/{withNotes.Id}.html");
        var note = page.GetElementById(withNotes.Notes[0].Id)!;
        Assert.False(string.IsNullOrWhiteSpace(note.TextContent));
        Assert.NotNull(page.QuerySelector($"a.noteref[href='#{withNotes.Notes[0].Id}']"));
    }

    [SkippableFact]
    public void InternalLinksResolve()
    {
        var (site, _) = Frus.Value;
        var links = site.InternalLinks().Where(l => !l.Page.StartsWith("site/ru/", StringComparison.Ordinal)).ToList();
        var broken = links.Select(l => site.Broken(l.Page, l.Link)).Where(b => b is not null).Distinct().ToList();
        Assert.True(broken.Count == 0, broken.Count + " broken:\n" + string.Join('\n', broken.Take(20)));

        // The documents' cross-references within the volume (<ref target="#pg_15">) became links; those to other volumes stay text.
        Assert.True(site.Pages.Where(p => !p.StartsWith("site/ru/", StringComparison.Ordinal)).Sum(p => site.Page(p).QuerySelectorAll("main a.ref").Length) >= 10);
    }
}
