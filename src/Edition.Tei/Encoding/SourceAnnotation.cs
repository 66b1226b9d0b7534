using System.Xml.Linq;
using Edition.Core.Text;

namespace Edition.Tei.Encoding;

/// <summary>
/// Each generated element remembers the place in the author's file it came from, so a finding in the
/// TEI (schema, Schematron, pointers) is reported where the author can fix it.
/// </summary>
public static class SourceAnnotation
{
    public static T From<T>(this T element, SourceSpan span)
        where T : XElement
    {
        element.AddAnnotation(new Box(span));
        return element;
    }

    /// <summary>The author's place for an element: its own, or its nearest annotated ancestor's.</summary>
    public static SourceSpan? SourceOf(XElement? element)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (e.Annotation<Box>() is { } box)
            {
                return box.Span;
            }
        }

        return null;
    }

    private sealed record Box(SourceSpan Span);
}
