using System.Xml.Linq;

namespace Edition.Tei.Validation.Integrity;

/// <summary>
/// The elements the integrity checks read: every element in document order, but not the markup inside an example
/// (<c>egXML</c>, the TEI Examples namespace). An example shows markup; its ids, pointers and dates are the
/// example's, not the document's (a tutorial shows the same <c>xml:id</c> it then uses, or points nowhere).
/// The example element itself is read: its own <c>xml:id</c> is the document's.
/// </summary>
internal static class DocumentElements
{
    private static readonly XNamespace Examples = "http://www.tei-c.org/ns/Examples";

    public static IEnumerable<XElement> Of(XDocument document)
    {
        XNode? node = document.Root;
        while (node is not null)
        {
            if (node is XElement element)
            {
                yield return element;
                if (element.Name.Namespace != Examples && element.FirstNode is { } first)
                {
                    node = first;
                    continue;
                }
            }

            node = Next(node);
        }
    }

    /// <summary>The node after this one and its subtree in document order (null after the root's last).</summary>
    private static XNode? Next(XNode node)
    {
        XNode? at = node;
        while (at is not null && at.NextNode is null)
        {
            at = at.Parent;
        }

        return at?.NextNode;
    }
}
