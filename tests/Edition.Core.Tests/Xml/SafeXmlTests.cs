using System.Xml;
using Edition.Core.Xml;

namespace Edition.Core.Tests.Xml;

/// <summary>No XXE, no entity expansion: a DOCTYPE is refused or ignored, never acted on.</summary>
public sealed class SafeXmlTests
{
    private const string Bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
        <lolz>&lol2;</lolz>
        """;

    private const string Xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <r>&xxe;</r>
        """;

    [Fact]
    public void AnAttributeLongerThanTheLimitEndsTheReadAtItsLine()
    {
        var xml = $"<r>\n  <p n=\"{new string('a', SafeXml.MaxAttributeCharacters + 1)}\"/></r>";

        var loaded = Assert.Throws<AttributeTooLongException>(() => SafeXml.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml))));
        var streamed = Assert.Throws<AttributeTooLongException>(() => SafeXml.CheckWellFormed(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml))));

        Assert.Equal(("n", 2), (loaded.Name, loaded.LineNumber));
        Assert.Equal(("n", 2), (streamed.Name, streamed.LineNumber));
        SafeXml.Parse($"<r n=\"{new string('a', SafeXml.MaxAttributeCharacters)}\"/>");
    }

    [Fact]
    public void EntityBombIsNotExpanded() => Assert.ThrowsAny<XmlException>(() => SafeXml.Parse(Bomb));

    [Fact]
    public void ExternalEntityIsNotResolved()
    {
        var e = Assert.ThrowsAny<XmlException>(() => SafeXml.Parse(Xxe));
        Assert.DoesNotContain("root:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DoctypeIsRefusedWhenNotTolerated() => Assert.ThrowsAny<XmlException>(() => SafeXml.Parse("<!DOCTYPE r><r/>", tolerateDoctype: false));
}
