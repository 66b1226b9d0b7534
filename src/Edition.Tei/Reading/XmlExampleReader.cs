using System.Text;
using System.Xml.Linq;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// A TEI <c>egXML</c> (an example of markup, in the Examples namespace) written out as its XML's tokens: text and
/// attribute values escaped as XML writes them, the example's own line breaks kept, the indentation its lines share
/// (the file's, around the example) taken off, and the blank edges trimmed.
/// </summary>
internal static class XmlExampleReader
{
    public static readonly XNamespace Examples = "http://www.tei-c.org/ns/Examples";

    public static bool IsExample(XElement e) => e.Name == Examples + "egXML";

    public static XmlExampleNode Read(XElement egXml, bool display)
    {
        var tokens = new List<XmlToken>();
        foreach (var node in egXml.Nodes())
        {
            Write(tokens, node);
        }

        return new XmlExampleNode(XmlExampleLayout.Tidy(tokens), display);
    }

    private static void Write(List<XmlToken> tokens, XNode node)
    {
        switch (node)
        {
            case XCData cdata:
                tokens.Add(new XmlToken(XmlTokenKind.Other, "<![CDATA[" + cdata.Value + "]]>"));
                break;
            case XText text:
                tokens.Add(new XmlToken(XmlTokenKind.Text, Escape(text.Value, attribute: false)));
                break;
            case XComment comment:
                tokens.Add(new XmlToken(XmlTokenKind.Comment, "<!--" + comment.Value + "-->"));
                break;
            case XProcessingInstruction pi:
                tokens.Add(new XmlToken(XmlTokenKind.Other, "<?" + pi.Target + (pi.Data.Length > 0 ? " " + pi.Data : "") + "?>"));
                break;
            case XElement element:
                Element(tokens, element);
                break;
        }
    }

    private static void Element(List<XmlToken> tokens, XElement e)
    {
        var name = Name(e, e.Name);
        tokens.Add(new XmlToken(XmlTokenKind.Markup, "<"));
        tokens.Add(new XmlToken(XmlTokenKind.Element, name));
        foreach (var a in e.Attributes().Where(a => !(a.IsNamespaceDeclaration && a.Value == Examples.NamespaceName)))
        {
            tokens.Add(new XmlToken(XmlTokenKind.Text, " "));
            tokens.Add(new XmlToken(XmlTokenKind.Attribute, a.IsNamespaceDeclaration ? (a.Name.Namespace == XNamespace.None ? "xmlns" : "xmlns:" + a.Name.LocalName) : Name(e, a.Name)));
            tokens.Add(new XmlToken(XmlTokenKind.Markup, "=\""));
            tokens.Add(new XmlToken(XmlTokenKind.Value, Escape(a.Value, attribute: true)));
            tokens.Add(new XmlToken(XmlTokenKind.Markup, "\""));
        }

        if (e.IsEmpty)
        {
            tokens.Add(new XmlToken(XmlTokenKind.Markup, "/>"));
            return;
        }

        tokens.Add(new XmlToken(XmlTokenKind.Markup, ">"));
        foreach (var child in e.Nodes())
        {
            Write(tokens, child);
        }

        tokens.Add(new XmlToken(XmlTokenKind.Markup, "</"));
        tokens.Add(new XmlToken(XmlTokenKind.Element, name));
        tokens.Add(new XmlToken(XmlTokenKind.Markup, ">"));
    }

    /// <summary>A name as the example writes it: unprefixed in the example's own namespace (or none), else with the prefix in scope.</summary>
    private static string Name(XElement scope, XName name)
    {
        if (name.Namespace == XNamespace.Xml)
        {
            return "xml:" + name.LocalName;
        }

        if (name.Namespace == XNamespace.None || name.Namespace == Examples)
        {
            return name.LocalName;
        }

        var prefix = scope.GetPrefixOfNamespace(name.Namespace);
        return prefix is null ? name.LocalName : prefix + ":" + name.LocalName;
    }

    private static string Escape(string value, bool attribute)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' when !attribute => "&gt;",
                '"' when attribute => "&quot;",
                '\n' when attribute => "&#10;",
                '\t' when attribute => "&#9;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
