using System.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// MathML from the TEI written as MathML for the browser (MathML Core). Only MathML Core's element names and
/// presentation attributes are written, every value escaped, so a formula can carry no script or event handler;
/// an element of another name keeps its content in an <c>mrow</c>.
/// </summary>
internal static class MathMarkup
{
    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "math", "annotation", "annotation-xml", "maction", "menclose", "merror", "mfrac", "mi", "mmultiscripts", "mn", "mo", "mover", "mpadded",
        "mphantom", "mprescripts", "mroot", "mrow", "ms", "mspace", "msqrt", "mstyle", "msub", "msubsup", "msup", "mtable", "mtd", "mtext", "mtr",
        "munder", "munderover", "none", "semantics", "mfenced",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "display", "displaystyle", "scriptlevel", "mathvariant", "mathsize", "mathcolor", "mathbackground", "dir", "fence", "separator",
        "stretchy", "symmetric", "largeop", "movablelimits", "accent", "accentunder", "lspace", "rspace", "minsize", "maxsize", "linethickness",
        "width", "height", "depth", "voffset", "columnspan", "rowspan", "notation", "open", "close", "separators", "form", "encoding",
    };

    /// <summary>The formula, inside a <c>math</c> element whatever its TEI root.</summary>
    public static void Write(StringBuilder sb, MathNode node)
    {
        if (node.Name == "math")
        {
            Element(sb, node);
            return;
        }

        sb.Append("<math>");
        Element(sb, node);
        sb.Append("</math>");
    }

    private static void Element(StringBuilder sb, MathNode node)
    {
        var name = Elements.Contains(node.Name) ? node.Name : "mrow";
        sb.Append('<').Append(name);
        foreach (var (attribute, value) in node.Attributes.Where(a => Attributes.Contains(a.Key)))
        {
            sb.Append(' ').Append(attribute).Append("=\"").Append(HtmlText.Escape(value)).Append('"');
        }

        sb.Append('>');
        foreach (var child in node.Children)
        {
            if (child is MathNode math)
            {
                Element(sb, math);
            }
            else
            {
                sb.Append(HtmlText.Escape(InlineHtmlRenderer.PlainText([child])));
            }
        }

        sb.Append("</").Append(name).Append('>');
    }
}
