using System.Xml.Linq;
using Edition.Core.Xml;
using Edition.Tei.Encoding;
using Edition.Tei.Reading;
using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Reading;

/// <summary>
/// Texts side by side that TEI pairs without @corresp: through a <c>linkGrp</c> of type translation, and as the texts
/// of a <c>group</c> in several languages; a group in one language stays one text. The fixtures are invented texts.
/// </summary>
public sealed class ParallelTextsTests
{
    private static readonly string Fixtures = Path.Combine(RepoPaths.Root, "tests", "Edition.Rendering.Tests", "Html", "TeiIn", "documents");

    [Fact]
    public void ALinkGroupOfTranslationsAlignsItsTargetsRowByRow()
    {
        var (d, report) = ReadFixture("linked.xml");
        Assert.Equal(["original", "translation"], d.Texts.Select(t => t.Role));
        Assert.Equal(["o1", "o2", "o3"], d.Rows.Where(r => r.IsAligned).Select(r => r.Key));
        Assert.All(d.Rows.Where(r => r.IsAligned), r => Assert.Equal("t" + r.Key![1..], r.Cells[1]!.Id));
        var added = Assert.Single(d.Rows, r => r.Cells[1]?.Id == "t-note"); // the translator's line stands alone, before its neighbour's row
        Assert.Null(added.Cells[0]);
        Assert.Equal(["o1", "t1", "t-note", "o2", "t2", "o3", "t3"], d.Rows.SelectMany(r => r.Cells).OfType<BlockView>().Select(b => b.Id));
        Assert.Empty(d.Back); // the links are the alignment, not text
        Assert.True(report.IsEmpty, "the link group is reported as rendered generically or left out");
    }

    [Fact]
    public void LinksInStandOffAlignAndAddToCorresp()
    {
        var d = Read("""
            <text><body>
              <div type="original" xml:lang="de"><p xml:id="a" corresp="#x">Eins.</p><p xml:id="b">Zwei.</p></div>
              <div type="translation" xml:lang="en"><p xml:id="x">One.</p><p xml:id="y">Two.</p></div>
            </body></text>
            <standOff><linkGrp type="translation"><link target="#b #y"/></linkGrp></standOff>
            """);
        Assert.Equal(["a", "b"], d.Rows.Where(r => r.IsAligned).Select(r => r.Key));
        Assert.Equal(["y"], d.Texts[0].Blocks[1].Counterparts);
        Assert.Equal(["b"], d.Texts[1].Blocks[1].Counterparts);
    }

    [Fact]
    public void AGroupOfTextsInSeveralLanguagesIsReadAsColumnsAlignedByCorresp()
    {
        var (d, report) = ReadFixture("parallel-group.xml");
        Assert.Equal([("original", "la"), ("translation", "en")], d.Texts.Select(t => (t.Role, t.Lang)));
        Assert.Equal(["la-1", "la-2"], d.Rows.Where(r => r.IsAligned).Select(r => r.Key));
        Assert.All(d.Rows, r => Assert.Equal(["la", "en"], r.Cells.Select(c => c!.Lang)));
        Assert.Equal("introduction", Assert.Single(Assert.Single(d.Front).Children).Type);
        Assert.True(report.IsEmpty, string.Join(", ", report.Generic.Concat(report.Omitted).Select(c => c.Name)));
    }

    [Fact]
    public void AGroupInSeveralLanguagesWithoutCounterpartsStandsWholeSideBySide()
    {
        var d = Read("""
            <text><group>
              <text xml:lang="ar"><body><p>نص أول.</p><p>نص ثان.</p></body></text>
              <text xml:lang="en"><body><p>A first text.</p></body></text>
            </group></text>
            """);
        Assert.Equal(["ar", "en"], d.Texts.Select(t => t.Lang));
        var row = Assert.Single(d.Rows);
        Assert.Equal(["ar", "en"], row.Cells.Select(c => c!.Lang));
    }

    [Fact]
    public void AGroupInOneLanguageIsAnAnthologyReadInSequence()
    {
        var (d, _) = ReadFixture("anthology.xml");
        var text = Assert.Single(d.Texts);
        Assert.Equal([("text", "poem-1"), ("text", "poem-2"), ("text", "poem-3")], text.Blocks.Select(b => (b.Kind, b.Id)));
        Assert.All(d.Rows, r => Assert.Single(r.Cells));
    }

    private static (DocumentView View, ReadingReport Report) ReadFixture(string name)
    {
        var read = TeiFileReader.Read(new EncodedDocument(Path.GetFileNameWithoutExtension(name), name, SafeXml.Load(Path.Combine(Fixtures, name)), null, [1]));
        return (Assert.Single(read.Documents).View, read.Report);
    }

    private static DocumentView Read(string text) => Assert.Single(DocumentReader.Read("parallel.xml", XDocument.Parse($"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Parallel</title></titleStmt></fileDesc></teiHeader>{text}</TEI>
        """))).View;
}
