using System.Xml;
using System.Xml.Linq;

namespace Edition.Core.Xml;

/// <summary>
/// Applies <see cref="SafeXml.MaxAttributeCharacters"/>: a TEI attribute is a pointer, a date, a list of ids, and one
/// of hundreds of megabytes would be copied by every later step (validation, reading, pages), at gigabytes of memory.
/// </summary>
public static class AttributeLimit
{
    /// <summary>The document, once no attribute of it is too long.</summary>
    public static XDocument Checked(XDocument document)
    {
        foreach (var attribute in document.Descendants().Attributes().Where(a => a.Value.Length > SafeXml.MaxAttributeCharacters))
        {
            var at = (IXmlLineInfo)attribute;
            throw new AttributeTooLongException(attribute.Name.LocalName, attribute.Value.Length, at.LineNumber, at.LinePosition);
        }

        return document;
    }

    /// <summary>Checks the attributes of the element the reader is on (the reader is left on it).</summary>
    public static void Check(XmlReader reader)
    {
        if (reader.NodeType != XmlNodeType.Element || !reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            if (reader.Value.Length > SafeXml.MaxAttributeCharacters)
            {
                var at = reader as IXmlLineInfo;
                throw new AttributeTooLongException(reader.LocalName, reader.Value.Length, at?.LineNumber ?? 0, at?.LinePosition ?? 0);
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }
}
