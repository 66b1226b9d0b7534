using System.Xml;

namespace Edition.Core.Xml;

/// <summary>
/// An XML reader that passes on elements and their attributes alone: text, comments and processing instructions
/// are read (and checked for well-formedness) by the inner reader but not passed on, so no string is made of them.
/// For a tree that only its markup is asked of: the integrity checks read ids, pointers and dates, never text.
/// </summary>
internal sealed class MarkupOnlyXmlReader(XmlReader inner) : DelegatingXmlReader(inner)
{
    public override bool Read()
    {
        while (Inner.Read())
        {
            if (Inner.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                or XmlNodeType.Comment or XmlNodeType.ProcessingInstruction))
            {
                return true;
            }
        }

        return false;
    }
}
