using System.Xml;
using System.Xml.Linq;
using Edition.Tei.Encoding;

namespace Edition.Tei.Tests.TeiEncoding;

public sealed class EncodedDocumentTests
{
    private const string Tei = "\uFEFF<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <text><body><p xml:id=\"p1\">Text</p></body></text>\n</TEI>\n";

    [Fact]
    public void ATeiInFileIsParsedOnlyWhenItsTreeIsAskedFor()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Tei);
        var document = new EncodedDocument("v", "v.xml", null, "v.xml", bytes);
        Assert.False(document.IsParsed);
        Assert.Equal(EncodedDocument.Hash(bytes), document.ContentHash);
        Assert.Equal(Tei[1..], document.Text); // the byte order mark is not text
        Assert.False(document.IsParsed);

        var p = document.Tei.Descendants().Single(e => e.Name.LocalName == "p");
        Assert.True(document.IsParsed);
        Assert.Equal((2, 16), (((IXmlLineInfo)p).LineNumber, ((IXmlLineInfo)p).LinePosition));
    }

    [Fact]
    public void AReleasedTreeIsParsedAgainFromTheSameBytes()
    {
        var document = new EncodedDocument("v", "v.xml", null, "v.xml", System.Text.Encoding.UTF8.GetBytes(Tei));
        var first = document.Tei;
        document.ReleaseTree();
        Assert.False(document.IsParsed);
        var second = document.Tei;
        Assert.NotSame(first, second);
        Assert.Equal(first.ToString(SaveOptions.DisableFormatting), second.ToString(SaveOptions.DisableFormatting));
    }

    [Fact]
    public void ReleasedBytesAreReadAgainFromTheFileAndMustBeTheSame()
    {
        var file = Path.Combine(Path.GetTempPath(), "edition-release-" + Guid.NewGuid().ToString("N")[..12] + ".xml");
        var bytes = System.Text.Encoding.UTF8.GetBytes(Tei);
        File.WriteAllBytes(file, bytes);
        try
        {
            var document = new EncodedDocument("v", "v.xml", null, file, bytes, EncodedDocument.Hash(bytes));
            var text = document.Text;
            document.ReleaseBytes();
            Assert.True(document.IsPassThrough);
            Assert.Equal(bytes, document.PassThroughBytes);
            Assert.NotSame(bytes, document.PassThroughBytes);
            Assert.Equal(text, document.Text);
            Assert.Equal("p1", document.Tei.Descendants().Single(e => e.Name.LocalName == "p").Attribute(XNamespace.Xml + "id")!.Value);

            // Changed since it was read (and validated): an error, never the new bytes under the old findings.
            File.WriteAllText(file, Tei.Replace("Text", "Other", StringComparison.Ordinal));
            var changed = Assert.Throws<IOException>(() => document.PassThroughBytes);
            Assert.Contains(file, changed.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void EncodedTeiKeepsItsTree()
    {
        var tree = XDocument.Parse(Tei[1..]);
        var document = new EncodedDocument("d", "d.xml", tree, "documents/d/document.yml");
        document.ReleaseTree();
        Assert.Same(tree, document.Tei);
    }
}
