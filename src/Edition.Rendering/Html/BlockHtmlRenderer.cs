using System.Text;
using Edition.Rendering.Search;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// Blocks to HTML. Every block with text gets an anchor (its xml:id, else a stable generated one) and is
/// reported to <see cref="Segments"/> for the search index, so search results always land on an anchor.
/// </summary>
/// <param name="contents">The table of contents, whose divisions carry its anchors (none: a division has its xml:id only).</param>
public sealed class BlockHtmlRenderer(InlineHtmlRenderer inline, string documentId, Labels labels, DivisionContents? contents = null)
{
    private int _generated;

    public List<SearchSegment> Segments { get; } = [];

    public SafeHtml Render(BlockView? block)
    {
        if (block is null)
        {
            return SafeHtml.Empty;
        }

        var sb = new StringBuilder();
        Write(sb, block);
        return new SafeHtml(sb.ToString());
    }

    private void Write(StringBuilder sb, BlockView b)
    {
        if (b.Kind == "pb")
        {
            sb.Append($"<div class=\"b-pb\">{InlineHtmlRenderer.PageBreak(b.N, b.Id, b.Facs.FirstOrDefault())}</div>");
            return;
        }

        var tag = Tag(b);
        var anchor = Anchor(b);
        Open(sb, tag, b, anchor);
        if (b.Kind == "table")
        {
            Table(sb, b.Rows, b.Inlines);
        }
        else if (b.Kind == "figure" && b.Inlines is [FigureNode figure])
        {
            Figure(sb, figure, b.Children);
        }
        else
        {
            Content(sb, tag, b);
        }

        if (b.Id is not null && b.Key is not null)
        {
            sb.Append($" <a class=\"permalink\" href=\"#{HtmlText.Escape(b.Id)}\" title=\"{HtmlText.Escape(labels.Get("permalink"))}\"><span class=\"visually-hidden\">{HtmlText.Escape(labels.Get("permalink"))}</span>¶</a>");
        }

        sb.Append($"</{tag}>");
        if (anchor is not null)
        {
            AddSegment(b, anchor);
        }
    }

    private static string Tag(BlockView b) => b.Kind switch
    {
        "p" => "p",
        "head" => "h3",
        "list" => "ul",
        "item" when b.Children.Count == 0 => "li",
        "figure" => "figure",
        _ => "div",
    };

    /// <summary>A standalone note's id belongs to its entry in the notes list; here it is only a reference.</summary>
    private string? Anchor(BlockView b) =>
        b.Kind == "note" ? null : b.Id ?? contents?.AnchorOf(b) ?? (b.Inlines.Count > 0 || b.Rows.Count > 0 ? $"{documentId}-s{++_generated}" : null);

    private static void Open(StringBuilder sb, string tag, BlockView b, string? anchor)
    {
        var classes = $"blk b-{HtmlText.Token(b.Kind)}" + (b.Type is null ? "" : $" t-{HtmlText.Token(b.Type)}") + (IsApparatus(b) ? " apparatus" : "") + (b.Key is null ? "" : " seg");
        sb.Append($"<{tag} class=\"{classes}\"");
        if (anchor is not null)
        {
            sb.Append($" id=\"{HtmlText.Escape(anchor)}\"");
        }

        if (b.Lang.Length > 0)
        {
            sb.Append($" lang=\"{HtmlText.Escape(b.Lang)}\"").Append(TextDirection.Attribute(b.Lang));
        }

        if (b.Counterparts.Count > 0)
        {
            sb.Append($" data-counterparts=\"{HtmlText.Escape(string.Join(' ', b.Counterparts))}\"");
        }

        sb.Append('>');
    }

    private void Table(StringBuilder sb, IReadOnlyList<IReadOnlyList<IReadOnlyList<InlineNode>>> rows, IReadOnlyList<InlineNode> caption)
    {
        sb.Append("<table>");
        if (caption.Count > 0)
        {
            sb.Append("<caption>").Append(inline.Render(caption).Value).Append("</caption>");
        }

        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append("<td>").Append(inline.Render(cell).Value).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</table>");
    }

    /// <summary>The images, what else the figure holds, then its caption.</summary>
    private void Figure(StringBuilder sb, FigureNode figure, IReadOnlyList<BlockView> children)
    {
        sb.Append(inline.FigureImages(figure).Value);
        foreach (var child in children)
        {
            Write(sb, child);
        }

        if (figure.Caption.Count > 0)
        {
            sb.Append("<figcaption>").Append(inline.Render(figure.Caption).Value).Append("</figcaption>");
        }
    }

    /// <summary>The block's text, then its children; a list's children that are not simple items are wrapped in one.</summary>
    private void Content(StringBuilder sb, string tag, BlockView b)
    {
        sb.Append(inline.Render(b.Inlines).Value);
        foreach (var child in b.Children)
        {
            if (tag == "ul" && !(child.Kind == "item" && child.Children.Count == 0))
            {
                sb.Append("<li>");
                Write(sb, child);
                sb.Append("</li>");
            }
            else
            {
                Write(sb, child);
            }
        }
    }

    private void AddSegment(BlockView b, string anchor)
    {
        var text = b.Kind == "table"
            ? string.Join(" ", b.Rows.SelectMany(r => r).Prepend(b.Inlines).Select(c => InlineHtmlRenderer.PlainText(c)))
            : InlineHtmlRenderer.PlainText(b.Inlines);
        if (!string.IsNullOrWhiteSpace(text))
        {
            Segments.Add(new SearchSegment(anchor, b.Lang, text));
        }
    }

    /// <summary>The document's own apparatus (running heads, stamps, forms): de-emphasised in the reading view.</summary>
    private static bool IsApparatus(BlockView b) => b.Kind == "fw" || (b.Kind == "ab" && b.Key is null && b.Type is not null);
}
