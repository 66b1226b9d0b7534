using System.Text;
using Edition.Core.Xml;
using Xunit;

namespace Edition.Core.Tests.Xml;

/// <summary>An XML file's bytes decoded as an XML parser decodes them (XML 1.0, appendix F): byte order mark, else declaration, else UTF-8.</summary>
public sealed class XmlFileTextTests
{
    private const string Document = "<?xml version=\"1.0\"?><p>Größe ا 𐌰</p>";

    public static TheoryData<string> Unicode => ["utf-8", "utf-16LE", "utf-16BE", "utf-32LE", "utf-32BE"];

    [Theory]
    [MemberData(nameof(Unicode))]
    public void AByteOrderMarkNamesTheEncodingAndIsNotPartOfTheText(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Document)).ToArray();

        Assert.Equal(Document, XmlFileText.Decode(bytes));
    }

    [Fact]
    public void WithoutAByteOrderMarkTheDeclaredEncodingDecodes()
    {
        var text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>Café</p>";

        Assert.Equal(text, XmlFileText.Decode(Encoding.Latin1.GetBytes(text)));
    }

    [Fact]
    public void WithNeitherTheTextIsUtf8AndBadBytesBecomeReplacementCharacters()
    {
        Assert.Equal(Document, XmlFileText.Decode(Encoding.UTF8.GetBytes(Document)));
        Assert.Equal("<p>\uFFFD</p>", XmlFileText.Decode([.. "<p>"u8, 0xFF, .. "</p>"u8]));
    }

    [Fact]
    public void AnEncodingDotNetDoesNotKnowFallsBackToUtf8ForTheParserToReport()
    {
        var text = "<?xml version=\"1.0\" encoding=\"x-no-such\"?><p>é</p>";

        Assert.Equal(text, XmlFileText.Decode(Encoding.UTF8.GetBytes(text)));
    }
}
