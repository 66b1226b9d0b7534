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
