using System.Xml.Linq;
using Edition.Core.Diagnostics;
using Edition.Tei.Encoding;
using Edition.Tei.Validation;
using Edition.Tei.Validation.Integrity;

namespace Edition.Tei.Tests.Validation.Integrity;

/// <summary>Ids across files: unique in the edition, but a volume's (a file of several documents) are its own, as its documents' pages are named by volume.</summary>
public sealed class IntegrityCheckerTests
{
    [Fact]
    public void VolumesMayReuseEachOthersIds()
    {
        var bag = new DiagnosticBag();
        IntegrityChecker.Check([Instance("v1.xml", Volume("v1")), Instance("v2.xml", Volume("v2"))], bag);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void FilesOfOneDocumentMayNot()
    {
        // Their documents are named by their divisions' ids: two pages documents/d1.html.
        var bag = new DiagnosticBag();
        IntegrityChecker.Check([Instance("one.xml", Single("one")), Instance("two.xml", Single("two"))], bag);
        var duplicate = Assert.Single(bag.Sorted());
        Assert.Equal("ED2206", duplicate.Code);
        Assert.StartsWith("xml:id 'd1' is also used in one.xml", duplicate.Message, StringComparison.Ordinal);
    }

    private static TeiInstance Instance(string name, string xml)
    {
        var tei = XDocument.Parse(xml, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        return TeiInstance.FromEncoded(new EncodedDocument(Path.GetFileNameWithoutExtension(name), name, tei, null, System.Text.Encoding.UTF8.GetBytes(xml)));
    }

    private static string Volume(string id) => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="{id}"><teiHeader><fileDesc><titleStmt><title>{id}</title></titleStmt>
        <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
        <text><body><div type="document" xml:id="d1"><p xml:id="d1p1">One.</p></div><div type="document" xml:id="d2"><p>Two.</p></div></body></text></TEI>
        """;

    private static string Single(string id) => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="{id}"><teiHeader><fileDesc><titleStmt><title>{id}</title></titleStmt>
        <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
        <text><body><div type="document" xml:id="d1"><p>One.</p></div></body></text></TEI>
        """;
}
