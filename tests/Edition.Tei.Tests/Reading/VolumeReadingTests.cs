using System.Xml.Linq;
using Edition.Core.Source.Model;
using Edition.Core.Xml;
using Edition.Tei.Encoding;
using Edition.Tei.Reading;
using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Reading;

/// <summary>A TEI file of several documents among other divisions: every part of it becomes a page, placed in the volume.</summary>
public sealed class VolumeReadingTests
{
    private static readonly string Fixture = Path.Combine(RepoPaths.Root, "tests", "Edition.Tei.Tests", "Reading", "Volumes", "volume.xml");

    internal static TeiFileReading Read(string path) =>
        TeiFileReader.Read(new EncodedDocument(Path.GetFileNameWithoutExtension(path), Path.GetFileName(path), SafeXml.Load(path), path, File.ReadAllBytes(path)));

    [Fact]
    public void FrontChaptersAndBackBecomePagesInTheVolumesOrder()
    {
        var read = Read(Fixture);
        var parts = read.Parts.Select(p => p.View).ToList();
        Assert.Equal(["volume-front", "volume-preface", "volume-ch1", "volume-ch2", "volume-app1"], parts.Select(p => p.Id));
        Assert.Equal(["front", "front", "body", "body", "back"], parts.Select(p => p.Matter));
        Assert.All(parts, p => Assert.Equal("part", p.Kind));

        // A part shows its own text: the chapter's prose without its documents; the preface with its subsection.
        var chapter = parts[2];
        var text = string.Join(" ", chapter.Texts[0].Blocks.SelectMany(b => b.Inlines).OfType<TextNode>().Select(t => t.Text));
        Assert.Contains("Between the papers", text, StringComparison.Ordinal);
        Assert.DoesNotContain("We have received", text, StringComparison.Ordinal);
        Assert.Contains(parts[1].Texts[0].Blocks, b => b.Kind == "div" && b.Id == "preface-sources");

        var documents = read.Documents.Select(d => d.View).ToList();
        Assert.All(documents, d => Assert.Equal("volume-ch1", d.PartId));
        Assert.Equal("Chapter One", documents[0].PartTitle);
        Assert.True(chapter.Position < documents[0].Position && documents[1].Position < parts[3].Position);
    }

    [Fact]
    public void IdsInAChaptersTextLeadToItsPage()
    {
        var anchor = Assert.Single(Read(Fixture).Anchors, a => a.Id == "ch1-intro");
        Assert.Equal(["ch1"], anchor.DocumentDivs);
    }

    [Fact]
    public void AnUntitledDocumentIsKnownByItsFirstWordsAndDatedByItsDateline()
    {
        var d = Read(Fixture).Documents[0].View;
        Assert.Equal("1951-03-12", d.Date);
        Assert.Equal("We have received your letter of the fifth…", d.Incipit);
        Assert.Equal(d.Incipit, d.Title);
        Assert.Null(Read(Fixture).Documents[1].View.Incipit);
    }

    [Fact]
    public void AnEditionsOwnDateAttributeComesFirst()
    {
        var info = new EditionInfo { Id = "t", Title = "T", DateAttributes = ["my:date"] };
        var view = EditionReader.Assemble(info, [], [Read(Fixture)]);
        Assert.Equal("1951-04-01", view.Documents.Single(d => d.DivId == "d2").Date);
        Assert.Equal(5, view.Parts.Count);
    }

    [Theory]
    [InlineData("<correspDesc><correspAction type='sent'><date when='1951-06-21'/></correspAction></correspDesc>", "1951-06-21")]
    [InlineData("<creation><date notBefore='1920-05' notAfter='1920-07'/></creation>", "1920-05")]
    [InlineData("<creation><date from='1888-01-02T10:00:00' to='1888-01-03'/></creation>", "1888-01-02")]
    [InlineData("", "1700-02-03")] // the dateline's, when the header has none
    public void AWholeFilesDateComesFromItsHeaderElseItsDateline(string profile, string expected)
    {
        var tei = XDocument.Parse($"""
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A letter</title></titleStmt></fileDesc>
            <profileDesc>{profile}</profileDesc></teiHeader>
            <text><body><opener><dateline><date when="1700-02-03">3 Feb.</date></dateline></opener><p>Sir.</p></body></text></TEI>
            """);
        var d = Assert.Single(DocumentReader.Read("letter.xml", tei)).View;
        Assert.Equal(expected, d.Date);
    }

    [Fact]
    public void AFileWithoutDocumentDivisionsStaysOneDocument()
    {
        var tei = XDocument.Parse("""
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt/></fileDesc></teiHeader>
            <text><front><div><head>Intro</head></div></front><body><div type="chapter"><p>Once upon a time there was a small file with no title at all.</p></div></body></text></TEI>
            """);
        var read = TeiFileReader.Read(new EncodedDocument("story", "story.xml", tei, null, [1]));
        var d = Assert.Single(read.Documents).View;
        Assert.Empty(read.Parts);
        Assert.Equal("Once upon a time there was a small…", d.Title);
        Assert.Null(d.Matter);
    }
}
