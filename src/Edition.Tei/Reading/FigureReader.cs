using System.Xml;
using System.Xml.Linq;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// The parts of a TEI <c>figure</c> (or a lone <c>graphic</c>): its images, caption, description and the rest of
/// its content, which the block and inline readers each read in their own way. A graphic of a facsimile's
/// surface or zone is a page image, not a figure, and is left to what reads those.
/// </summary>
internal static class FigureReader
{
    public static bool IsFigure(XElement e) =>
        e.Name == TeiNames.N("figure") || (e.Name == TeiNames.N("graphic") && e.Parent?.Name.LocalName is not ("surface" or "zone" or "surfaceGrp" or "facsimile"));

    /// <summary>The figure's own images (a nested figure's are its own), or the graphic itself.</summary>
    public static IReadOnlyList<GraphicView> Graphics(XElement e) =>
        (e.Name.LocalName == "graphic" ? [e] : e.Elements(TeiNames.N("graphic")))
            .Where(g => !string.IsNullOrWhiteSpace(g.Attr("url")))
            .Select(Graphic)
            .ToList();

    private static GraphicView Graphic(XElement g)
    {
        var (line, column) = g is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
        return new GraphicView(g.Attr("url")!.Trim(), line, column) { Width = g.Attr("width"), Height = g.Attr("height"), Scale = g.Attr("scale") };
    }

    /// <summary>What the images show, for a reader who cannot see them: the figure's <c>figDesc</c>, or a graphic's <c>desc</c>.</summary>
    public static string? Description(XElement e)
    {
        var own = e.Name.LocalName == "graphic" ? e.Element(TeiNames.N("desc")) : e.Element(TeiNames.N("figDesc")) ?? e.Elements(TeiNames.N("graphic")).Select(g => g.Element(TeiNames.N("desc"))).FirstOrDefault(d => d is not null);
        return own.Text() is { Length: > 0 } text ? text : null;
    }

    /// <summary>The caption: the figure's first head.</summary>
    public static XElement? Caption(XElement e) => e.Name.LocalName == "figure" ? e.Element(TeiNames.N("head")) : null;

    /// <summary>Everything but the images, the caption and the description, in order.</summary>
    public static IEnumerable<XNode> Rest(XElement e)
    {
        if (e.Name.LocalName != "figure")
        {
            return [];
        }

        var caption = Caption(e);
        return e.Nodes().Where(n => n is not XElement c || (c != caption && c.Name != TeiNames.N("graphic") && c.Name != TeiNames.N("figDesc")));
    }

    /// <summary>A caption's folded whitespace at its edges is layout, not text.</summary>
    public static List<InlineNode> Trim(List<InlineNode> inlines)
    {
        if (inlines.Count > 0 && inlines[0] is TextNode first)
        {
            inlines[0] = first with { Text = first.Text.TrimStart() };
        }

        if (inlines.Count > 0 && inlines[^1] is TextNode last)
        {
            inlines[^1] = last with { Text = last.Text.TrimEnd() };
        }

        inlines.RemoveAll(i => i is TextNode { Text.Length: 0 });
        return inlines;
    }
}
