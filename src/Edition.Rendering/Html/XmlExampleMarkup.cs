using System.Net;
using System.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// An XML example (TEI <c>egXML</c>) as highlighted code: its markup's text escaped, element names, attribute names
/// and values, comments and instructions each in a span of their own class; a block of its own in <c>pre</c>.
/// </summary>
internal static class XmlExampleMarkup
{
    public static void Write(StringBuilder sb, XmlExampleNode example)
    {
        sb.Append(example.Display ? "<pre class=\"egxml\"><code>" : "<code class=\"egxml\">");
        foreach (var token in example.Tokens)
        {
            var text = HtmlText.Escape(token.Text);
            if (Class(token.Kind) is { } cssClass)
            {
                sb.Append("<span class=\"").Append(cssClass).Append("\">").Append(text).Append("</span>");
            }
            else
            {
                sb.Append(text);
            }
        }

        sb.Append(example.Display ? "</code></pre>" : "</code>");
    }

    /// <summary>The example's character data (for search and titles), unescaped.</summary>
    public static string PlainText(XmlExampleNode example) =>
        WebUtility.HtmlDecode(string.Concat(example.Tokens.Where(t => t.Kind == XmlTokenKind.Text).Select(t => t.Text)));

    private static string? Class(XmlTokenKind kind) => kind switch
    {
        XmlTokenKind.Element => "xml-el",
        XmlTokenKind.Attribute => "xml-at",
        XmlTokenKind.Value => "xml-val",
        XmlTokenKind.Comment => "xml-com",
        XmlTokenKind.Other => "xml-pi",
        _ => null,
    };
}
