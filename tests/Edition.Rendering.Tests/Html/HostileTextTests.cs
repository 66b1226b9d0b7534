using Edition.Rendering.Templates;
using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Html;

/// <summary>An invented edition with markup, ampersands and quotes in every field: all of it shown as text, nowhere executed.</summary>
public sealed class HostileTextTests
{
    private const string Evil = "<script>alert(\"x\")</script> & 'q' \"dq\" </textarea>";

    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.Render(Edition(), [], new TemplateSet(null, RepoPaths.Templates)));

    private static IReadOnlyList<InlineNode> T(string s) => [new TextNode(s)];

    internal static EditionView Edition()
    {
        var ru = new BlockView { Kind = "p", Id = "d1-ru-p1", Key = "p1", Counterparts = ["d1-en-p1"], Lang = "ru", Inlines = [new TextNode("Текст " + Evil), new NoteRefNode("d1-n1", 1), new EntityNode("person", "p\"1", T(Evil))] };
        var en = new BlockView { Kind = "p", Id = "d1-en-p1", Key = "p1", Counterparts = ["d1-ru-p1"], Lang = "en", Inlines = [new StyledNode("italic\" onmouseover=\"x", T(Evil)), new AppNode("d1-app1", 1, T(Evil)), new LinkNode("javascript:alert(1)", T(Evil)), new ChoiceNode("abbr", T(Evil), T(Evil))] };
        var document = new DocumentView
        {
            Id = "d1",
            TeiFile = "d1.xml",
            Title = "Title " + Evil,
            Date = "1951-06-21",
            DocumentType = Evil,
            Sender = new CorrespondentView(Evil, "p\"1", Evil, null, null),
            Recipient = new CorrespondentView(Evil, null, null, null, null),
            Archive = new ArchiveView { Repository = Evil, RepositoryAbbr = Evil, Fond = Evil, Delo = "1" },
            SourceTitle = Evil,
            SourceUrl = "javascript:alert(1)",
            SourceRecord = Evil,
            Summary = Evil,
            Rights = Evil,
            Licence = Evil,
            Witnesses = [new WitnessView("w1", Evil, Evil)],
            Texts = [new TextView("original", "ru", "Russian", [ru]), new TextView("translation", "en", "English", [en])],
            Rows = [new SegmentRow("p1", [ru, en])],
            Notes = [new NoteView("d1-n1", 1, "ru", "editorial", T("Note " + Evil), "d1-ru-p1")],
            Apparatus = [new ApparatusView("d1-app1", 1, "en", T(Evil), [], [new ReadingView(["w1"], T(Evil))], "d1-en-p1")],
            PersonIds = ["p\"1"],
        };
        return new EditionView
        {
            Id = "hostile",
            Title = "Edition " + Evil,
            Subtitle = Evil,
            Editors = [KeyValuePair.Create(Evil, Evil)],
            Publisher = Evil,
            Licence = Evil,
            LicenceUrl = "javascript:alert(1)",
            BaseUrl = "https://example.org/h/",
            Introduction = "Intro " + Evil + "\n\n<img src=x onerror=alert(1)>\n\n[link](javascript:alert(1))",
            Principles = Evil,
            Documents = [document],
            Persons = [new EntryView { Id = "p\"1", Kind = "person", Name = Evil, Note = Evil, Names = [KeyValuePair.Create("en", Evil)], Occurrences = [new OccurrenceView("d1", Evil, "d1-ru-p1", "ru", Evil)] }],
        };
    }

    [Fact]
    public void NoPageRunsInjectedMarkup()
    {
        foreach (var page in Site.Value.Pages)
        {
            var doc = Site.Value.Page(page);
            var scripts = doc.QuerySelectorAll("script").Select(s => s.GetAttribute("src") ?? s.GetAttribute("type")).ToList();
            Assert.All(scripts, s => Assert.True(s is "application/ld+json" || s!.EndsWith("assets/site.js", StringComparison.Ordinal) || s.EndsWith("assets/synoptic.js", StringComparison.Ordinal) || s.EndsWith("assets/search.js", StringComparison.Ordinal) || s.EndsWith("assets/search/index.js", StringComparison.Ordinal), $"{page}: unexpected script {s}"));
            Assert.Empty(doc.QuerySelectorAll("img, textarea, [onmouseover], [onerror]"));
            Assert.DoesNotContain(doc.QuerySelectorAll("[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("<script>alert", Site.Value.Text(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HostileTextIsShownAsText()
    {
        var page = Site.Value.Page("site/documents/d1.html");
        Assert.Equal("Title " + Evil, page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Note " + Evil, page.GetElementById("d1-n1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Evil, page.QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Evil, page.GetElementById("d1-ru-p1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Evil, Site.Value.Page("site/persons.html").QuerySelector(".entry h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Intro " + Evil, Site.Value.Page("site/index.html").QuerySelector(".introduction")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Title " + Evil, page.QuerySelector("meta[name='DC.title']")!.GetAttribute("content"));
    }

    [Fact]
    public void JsonLdAndSearchIndexCannotCloseTheirScript()
    {
        var ld = Site.Value.Page("site/documents/d1.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.DoesNotContain("<", ld, StringComparison.Ordinal);
        Assert.Equal("Title " + Evil, System.Text.Json.JsonDocument.Parse(ld).RootElement.GetProperty("name").GetString());
        var index = Site.Value.Files.Where(f => f.RelativePath.StartsWith("site/assets/search/", StringComparison.Ordinal)).ToList();
        Assert.Contains(index, f => f.RelativePath.StartsWith("site/assets/search/d/", StringComparison.Ordinal));
        Assert.All(index, f => Assert.DoesNotContain("</script", System.Text.Encoding.UTF8.GetString(f.Content), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void CitationFilesEscapeTheirOwnSpecials()
    {
        var bib = Site.Value.Text("site/cite/d1.bib");
        Assert.Contains(@"\&", bib, StringComparison.Ordinal);
        Assert.Equal("Title " + Evil, System.Text.Json.JsonDocument.Parse(Site.Value.Text("site/cite/d1.json")).RootElement[0].GetProperty("title").GetString());
    }
}
