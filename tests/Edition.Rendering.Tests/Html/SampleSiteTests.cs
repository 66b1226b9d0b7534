using AngleSharp.Diffing;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Html;

/// <summary>The sample edition's site: golden page, aligned rows, notes and back-links, links that resolve, determinism.</summary>
public sealed class SampleSiteTests
{
    private const string DocumentPage = "site/documents/d1951-06-21.html";

    private static RenderedSite Site => RenderedSite.Sample.Value;

    [Fact]
    public void DocumentPageMatchesTheGoldenHtml()
    {
        var actual = Site.Text(DocumentPage);
        var golden = Path.Combine(RepoPaths.Root, "tests/Edition.Rendering.Tests/Html/Golden/d1951-06-21.html");
        if (GoldenFile.Updating || !File.Exists(golden))
        {
            GoldenFile.AssertText("tests/Edition.Rendering.Tests/Html/Golden/d1951-06-21.html", actual);
        }

        var diffs = DiffBuilder.Compare(File.ReadAllText(golden)).WithTest(actual).Build().ToList();
        Assert.True(diffs.Count == 0, $"{diffs.Count} difference(s) from Golden/d1951-06-21.html (EDITION_UPDATE_GOLDEN=1 rewrites it), first: {string.Join("; ", diffs.Take(3).Select(d => d.Result + " " + d.Target))}");
    }

    [Fact]
    public void EverySegmentPairSharesOneRow()
    {
        var page = Site.Page(DocumentPage);
        var document = Assert.Single(Site.Edition.Documents);
        foreach (var row in document.Rows.Where(r => r.IsAligned))
        {
            var ru = page.GetElementById(row.Cells[0]!.Id!);
            var en = page.GetElementById(row.Cells[1]!.Id!);
            Assert.NotNull(ru);
            Assert.NotNull(en);
            var htmlRow = ru!.Closest(".row");
            Assert.Same(htmlRow, en!.Closest(".row"));
            Assert.Contains("aligned", htmlRow!.ClassList);
            Assert.Equal("cell cell-0", ru.ParentElement!.ClassName);
            Assert.Equal("cell cell-1", en.ParentElement!.ClassName);
        }

        Assert.Equal(document.Rows.Count, page.QuerySelectorAll(".parallel .row:not(.row-head)").Length);
    }

    [Fact]
    public void EveryNoteIsReachableAndLinksBack()
    {
        var page = Site.Page(DocumentPage);
        var document = Assert.Single(Site.Edition.Documents);
        Assert.Equal(document.Notes.Count, page.QuerySelectorAll(".note-list > li").Length);
        foreach (var note in document.Notes.Select(n => n.Id).Concat(document.Apparatus.Select(a => a.Id)))
        {
            var li = page.GetElementById(note);
            Assert.NotNull(li);
            var refs = page.QuerySelectorAll($"a[href='#{note}']").Where(a => !a.ClassList.Contains("backref")).ToList();
            Assert.NotEmpty(refs);
            var back = li!.QuerySelectorAll("a.backref").Select(a => a.GetAttribute("href")![1..]).ToList();
            Assert.Equal(refs.Select(r => r.Id), back);
        }

        // Each note's text is shown once (no duplicate of the standalone translator's note in the text).
        Assert.Single(page.QuerySelectorAll(".note-list li"), li => li.TextContent.Contains("does not render the folio numbers", StringComparison.Ordinal));
        Assert.DoesNotContain("does not render the folio numbers", page.QuerySelector(".parallel")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ApparatusGivesLemmaReadingAndSiglum()
    {
        var entry = Site.Page(DocumentPage).GetElementById("d1951-06-21-en-app1")!;
        Assert.Matches(@"sixty\s*\]\s*sixteen\s+WCDA", entry.QuerySelector(".note-body")!.TextContent);
    }

    [Fact]
    public void HeaderGivesTheArchivalCitationInBothForms()
    {
        var page = Site.Page(DocumentPage);
        Assert.Equal("APRF, f. 45, op. 1, d. 339, ll. 64–65", page.QuerySelector(".shelfmark")!.TextContent);
        Assert.Contains("fond 45, inventory (opis) 1, file (delo) 339, folios 64–65", page.QuerySelector(".archive-long")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("фонд 45, опись 1, дело 339, листы 64–65", Site.Page("site/ru/documents/d1951-06-21.html").QuerySelector(".archive-long")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("112111", page.QuerySelector(".doc-meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryInternalLinkAndAnchorResolves()
    {
        var links = Site.InternalLinks().ToList();
        Assert.True(links.Count > 100);
        var broken = links.Select(l => Site.Broken(l.Page, l.Link)).Where(b => b is not null).Distinct().ToList();
        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Fact]
    public void IndicesLinkEveryOccurrenceInBothLanguages()
    {
        var stalin = Site.Page("site/persons.html").GetElementById("stalin")!;
        var hrefs = stalin.QuerySelectorAll(".occurrences a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(hrefs, h => h.Contains("-ru-", StringComparison.Ordinal));
        Assert.Contains(hrefs, h => h.Contains("-en-", StringComparison.Ordinal));
        Assert.Equal(Site.Edition.Persons.Single(p => p.Id == "stalin").Occurrences.Count, hrefs.Count);
    }

    [Fact]
    public void CitationFilesCarryTheArchivalLocator()
    {
        var bib = Site.Text("site/cite/d1951-06-21.bib");
        var ris = Site.Text("site/cite/d1951-06-21.ris");
        var csl = System.Text.Json.JsonDocument.Parse(Site.Text("site/cite/d1951-06-21.json")).RootElement[0];
        Assert.Contains("APRF, f. 45, op. 1, d. 339, ll. 64–65", bib, StringComparison.Ordinal);
        Assert.Contains("AV  - APRF, f. 45, op. 1, d. 339, ll. 64–65", ris, StringComparison.Ordinal);
        Assert.Equal("f. 45, op. 1, d. 339, ll. 64–65", csl.GetProperty("archive_location").GetString());
        Assert.Equal("manuscript", csl.GetProperty("type").GetString());
        Assert.Contains("https://example.org/editions/mao-stalin-1951/documents/d1951-06-21.html#d1951-06-21-ru-p2", Site.Text("site/cite/d1951-06-21/d1951-06-21-ru-p2.ris"), StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/editions/mao-stalin-1951/documents/d1951-06-21.html</loc>", Site.Text("site/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void PageHeadCarriesCitationMetadata()
    {
        var head = Site.Page(DocumentPage).Head!;
        Assert.Equal("APRF, f. 45, op. 1, d. 339, ll. 64–65", head.QuerySelector("meta[name='citation_archive']")!.GetAttribute("content"));
        Assert.Equal("1951/06/21", head.QuerySelector("meta[name='citation_date']")!.GetAttribute("content"));
        Assert.NotNull(head.QuerySelector("meta[name='DC.title']"));
        var ld = System.Text.Json.JsonDocument.Parse(head.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Telegram from Mao Zedong to I.V. Stalin", ld.GetProperty("name").GetString());
    }

    [Fact]
    public void TeiIsOfferedForDownload()
    {
        Assert.Contains(Site.Files, f => f.RelativePath == "site/tei/d1951-06-21.xml");
        Assert.Equal("../tei/d1951-06-21.xml", Site.Page(DocumentPage).QuerySelector(".downloads a[download]")!.GetAttribute("href"));
    }

    [Fact]
    public void TwoRendersAreByteIdentical()
    {
        var again = RenderedSite.FromProject(RepoPaths.Sample);
        Assert.Equal(Site.Files.Select(f => f.RelativePath), again.Files.Select(f => f.RelativePath));
        foreach (var (a, b) in Site.Files.Zip(again.Files))
        {
            Assert.True(a.Content.AsSpan().SequenceEqual(b.Content), $"{a.RelativePath} differs between two renders");
        }
    }
}
