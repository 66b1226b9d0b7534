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
        var pages = site.Pages.Where(p => p.StartsWith("site/documents/", StringComparison.Ordinal) && !p.EndsWith(".cite.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(documents, pages.Count);
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
