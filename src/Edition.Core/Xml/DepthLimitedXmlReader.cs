using System.Xml;

namespace Edition.Core.Xml;

/// <summary>
/// An XML reader that stops at the first element nested deeper than a limit, before any tree is built: every walk
/// over what was read (readers, validators, renderers) may then recurse over the nesting without fear for the stack.
/// Everything else is the inner reader's.
/// </summary>
internal sealed class DepthLimitedXmlReader(XmlReader inner, int maxDepth) : DelegatingXmlReader(inner)
{
    public override bool Read()
    {
        if (!Inner.Read())
        {
            return false;
        }

        // Depth counts from 0 at the root element.
        if (Inner.NodeType == XmlNodeType.Element && Inner.Depth >= maxDepth)
        {
            throw new XmlNestingException(maxDepth, LineNumber, LinePosition);
        }

        return true;
    }
}
