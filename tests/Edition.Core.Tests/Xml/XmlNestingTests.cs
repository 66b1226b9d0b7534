using System.Text;
using System.Xml.Linq;
using Edition.Core.Xml;

namespace Edition.Core.Tests.Xml;

/// <summary>Elements nested deeper than <see cref="SafeXml.MaxDepth"/> stop a read at the first one too deep, with its place, before any tree is built.</summary>
public sealed class XmlNestingTests
{
    [Fact]
    public void TheDeepestNestingAllowedIsRead()
    {
        var document = SafeXml.Parse(Nested(SafeXml.MaxDepth));
        Assert.Equal(SafeXml.MaxDepth, document.Root!.DescendantsAndSelf().Count());
    }

    [Fact]
    public void OneLevelMoreIsRefusedAtTheElementTooDeep()
    {
        var e = Assert.Throws<XmlNestingException>(() => SafeXml.Parse(Nested(SafeXml.MaxDepth + 1)));
        Assert.Equal((1, (3 * SafeXml.MaxDepth) + 2), (e.LineNumber, e.LinePosition));
        Assert.Equal(SafeXml.MaxDepth, e.Limit);
    }

    [Fact]
    public void AHundredThousandLevelsAreRefusedWithoutOverflowingTheStack()
    {
        var bytes = Encoding.UTF8.GetBytes("<r>\n" + Nested(100_000));
        Assert.Throws<XmlNestingException>(() => SafeXml.Load(new MemoryStream(bytes)));
        Assert.Throws<XmlNestingException>(() => SafeXml.CheckWellFormed(new MemoryStream(bytes)));
        Assert.Equal(2, SafeXml.NestingError(new MemoryStream(bytes))!.LineNumber);
    }

    [Fact]
    public void ALoadKeepsLineInformationAndBaseUriThroughTheLimit()
    {
        var document = SafeXml.Parse("<a>\n  <b/>\n</a>", "file:///x.xml");
        var b = document.Root!.Element("b")!;
        Assert.Equal((2, 4), (((System.Xml.IXmlLineInfo)b).LineNumber, ((System.Xml.IXmlLineInfo)b).LinePosition));
        Assert.Null(SafeXml.NestingError(new MemoryStream(Encoding.UTF8.GetBytes("<a><b>not closed</a>"))));
    }

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("<e>", depth)) + string.Concat(Enumerable.Repeat("</e>", depth));
}
