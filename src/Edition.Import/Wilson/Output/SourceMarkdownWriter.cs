using System.Text;
using Edition.Import.Wilson.Inline;
using Edition.Import.Wilson.Layout;
using Edition.Import.Wilson.Names;

namespace Edition.Import.Wilson.Output;

/// <summary>
/// Writes one language's blocks as edition source Markdown: <c>{fw}</c>/<c>{ab}</c>/<c>{head}</c> apparatus,
/// keyed <c>{#key}</c> body paragraphs, <c>::: table</c> and <c>::: closer</c> containers, <c>{pb}</c> breaks.
/// Lines of an apparatus block stay lines (<c>\</c> at line end).
/// </summary>
internal static class SourceMarkdownWriter
{
    /// <param name="closerKey">Key for the first closer holding keyed blocks (it aligns with the other language's), or null.</param>
    public static string Write(IReadOnlyList<LayoutBlock> blocks, InlineAnnotator annotator, string? closerKey)
    {
        // One builder for the whole text: a long text is written once, not once per block and again when joined.
        var sb = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            sb.Append(i == 0 ? "" : "\n\n");
            if (!blocks[i].IsCloser)
            {
                Block(sb, blocks[i], annotator);
                continue;
            }

            // Consecutive dateline/signature/certification blocks share one closer.
            var keyed = blocks.Skip(i).TakeWhile(b => b.IsCloser).Any(b => b.Key is not null);
            sb.Append("::: closer").Append(keyed && closerKey is not null ? " #" + closerKey : "").Append('\n');
            closerKey = keyed ? null : closerKey;
            for (var first = i; i < blocks.Count && blocks[i].IsCloser; i++)
            {
                Block(sb.Append(i == first ? "" : "\n\n"), blocks[i], annotator);
            }

            i--;
            sb.Append("\n:::");
        }

        return sb.Append('\n').ToString();
    }

    private static void Block(StringBuilder sb, LayoutBlock b, InlineAnnotator annotator)
    {
        var key = b.Key is null ? "" : " #" + b.Key;
        sb.Append(b.Kind switch
        {
            LayoutBlockKind.PageBreak => $"{{pb {b.Number}}}",
            LayoutBlockKind.Table => $"::: table {b.Type}{key}\n{Table(b.Lines)}\n:::",
            LayoutBlockKind.Body => $"{{#{b.Key}}} ",
            LayoutBlockKind.Forme when b.Type == "stamp" => $"{{fw stamp{key}}} {{stamp: ",
            LayoutBlockKind.Forme => $"{{fw {b.Type}{key}}} ",
            LayoutBlockKind.Block => $"{{ab {b.Type}{key}}} ",
            LayoutBlockKind.Head => $"{{head{key}}} ",
            LayoutBlockKind.Dateline => $"{{dateline{key}}} ",
            LayoutBlockKind.Signed => $"{{signed{key}}} ",
            _ => "",
        });
        if (b.Kind is not (LayoutBlockKind.PageBreak or LayoutBlockKind.Table))
        {
            Content(sb, b, annotator);
            sb.Append(b is { Kind: LayoutBlockKind.Forme, Type: "stamp" } ? "}" : "");
        }
    }

    /// <summary>The block's lines annotated; lines after the first continue the paragraph after a <c>\</c>.</summary>
    private static void Content(StringBuilder sb, LayoutBlock b, InlineAnnotator annotator)
    {
        var once = new HashSet<GazetteerEntry>();
        for (var i = 0; i < b.Lines.Count; i++)
        {
            var lineStart = sb.Append(i == 0 ? "" : "\\\n").Length;
            annotator.Annotate(sb, b.Lines[i], dates: b.Kind == LayoutBlockKind.Dateline, once);
            if (i > 0)
            {
                MarkdownEscaper.LineStart(sb, lineStart);
            }
        }
    }

    /// <summary>
    /// The export's pipe table, kept as it is except that an empty header row (the PDF table has none) gives way
    /// to the first data row. Cells are not annotated: a directive's own "|" would split the cell.
    /// </summary>
    private static string Table(IReadOnlyList<string> lines)
    {
        var rows = lines.Select(l => l.Trim().Replace("{", "\\{", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal)).ToList();
        if (rows.Count >= 3 && rows[0].All(c => c is '|' or ' ') && rows[1].All(c => c is '|' or '-' or ':' or ' '))
        {
            rows = [rows[2], rows[1], .. rows.Skip(3)];
        }

        var sb = new StringBuilder();
        return sb.AppendJoin('\n', rows).ToString();
    }
}
