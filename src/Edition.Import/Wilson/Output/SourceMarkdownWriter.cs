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
        var parts = new List<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].IsCloser)
            {
                parts.Add(Block(blocks[i], annotator));
                continue;
            }

            // Consecutive dateline/signature/certification blocks share one closer.
            var closer = new List<string>();
            var keyed = false;
            for (; i < blocks.Count && blocks[i].IsCloser; i++)
            {
                closer.Add(Block(blocks[i], annotator));
                keyed |= blocks[i].Key is not null;
            }

            i--;
            var key = keyed && closerKey is not null ? " #" + closerKey : "";
            closerKey = keyed ? null : closerKey;
            parts.Add($"::: closer{key}\n" + string.Join("\n\n", closer) + "\n:::");
        }

        return string.Join("\n\n", parts) + "\n";
    }

    private static string Block(LayoutBlock b, InlineAnnotator annotator)
    {
        var key = b.Key is null ? "" : " #" + b.Key;
        return b.Kind switch
        {
            LayoutBlockKind.PageBreak => $"{{pb {b.Number}}}",
            LayoutBlockKind.Table => $"::: table {b.Type}{key}\n{Table(b.Lines)}\n:::",
            LayoutBlockKind.Body => $"{{#{b.Key}}} {Content(b, annotator)}",
            LayoutBlockKind.Forme when b.Type == "stamp" => $"{{fw stamp{key}}} {{stamp: {Content(b, annotator)}}}",
            LayoutBlockKind.Forme => $"{{fw {b.Type}{key}}} {Content(b, annotator)}",
            LayoutBlockKind.Block => $"{{ab {b.Type}{key}}} {Content(b, annotator)}",
            LayoutBlockKind.Head => $"{{head{key}}} {Content(b, annotator)}",
            LayoutBlockKind.Dateline => $"{{dateline{key}}} {Content(b, annotator)}",
            LayoutBlockKind.Signed => $"{{signed{key}}} {Content(b, annotator)}",
            _ => Content(b, annotator),
        };
    }

    private static string Content(LayoutBlock b, InlineAnnotator annotator)
    {
        var once = new HashSet<GazetteerEntry>();
        var lines = b.Lines.Select((l, i) =>
        {
            var text = annotator.Annotate(l, dates: b.Kind == LayoutBlockKind.Dateline, once);
            return i == 0 ? text : MarkdownEscaper.LineStart(text);
        });
        return string.Join("\\\n", lines);
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
