using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Edition.Tei.Encoding;

/// <summary>
/// Writes TEI pretty-printed and byte-identical across runs. Only element-only content is indented:
/// whitespace is never added inside text-bearing elements (p, ab, fw, …), where it would change the text.
/// </summary>
public static class TeiWriter
{
    private static readonly HashSet<string> TextBearing = new(StringComparer.Ordinal)
    {
        "p", "ab", "fw", "head", "dateline", "signed", "salute", "cell", "note", "title", "resp", "name", "persName", "placeName",
        "orgName", "choice", "app", "lem", "rdg", "sic", "corr", "abbr", "expan", "hi", "supplied", "unclear", "stamp", "date",
        "ref", "foreign", "idno", "licence", "publisher", "repository", "settlement", "country", "collection", "locus",
        "textLang", "language", "term", "change", "witness", "origDate", "origPlace", "l", "label", "item", "quote", "q",
    };

    public const string TeiAllModel = "href=\"https://tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"";

    public static string Write(XDocument document)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, NewLineHandling = NewLineHandling.None, ConformanceLevel = ConformanceLevel.Fragment };
        builder.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using (var writer = XmlWriter.Create(builder, settings))
        {
            foreach (var node in document.Nodes())
            {
                if (node is XElement root)
                {
                    WriteElement(writer, root, 0, isRoot: true);
                }
                else
                {
                    node.WriteTo(writer);
                    writer.Flush();
                    builder.Append('\n');
                }
            }
        }

        builder.Append('\n');
        return builder.ToString();
    }

    private static void WriteElement(XmlWriter writer, XElement element, int depth, bool isRoot = false)
    {
        if (!Indents(element))
        {
            element.WriteTo(writer);
            return;
        }

        writer.WriteStartElement(element.Name.LocalName, element.Name.NamespaceName);
        foreach (var attribute in element.Attributes())
        {
            if (!attribute.IsNamespaceDeclaration || isRoot)
            {
                attribute.WriteTo(writer);
            }
        }

        foreach (var child in element.Nodes())
        {
            if (child is XText)
            {
                continue;
            }

            writer.WriteWhitespace("\n" + new string(' ', (depth + 1) * 2));
            if (child is XElement e)
            {
                WriteElement(writer, e, depth + 1);
            }
            else
            {
                child.WriteTo(writer);
            }
        }

        writer.WriteWhitespace("\n" + new string(' ', depth * 2));
        writer.WriteFullEndElement();
    }

    private static bool Indents(XElement element) =>
        element.HasElements
        && !TextBearing.Contains(element.Name.LocalName)
        && !element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value));

    private static void WriteTo(this XAttribute attribute, XmlWriter writer)
    {
        if (attribute.IsNamespaceDeclaration)
        {
            return;
        }

        writer.WriteAttributeString(attribute.Name.LocalName, attribute.Name.NamespaceName, attribute.Value);
    }
}
