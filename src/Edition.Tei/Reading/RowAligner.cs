using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// Lays the texts of a document side by side: a block with counterparts shares a row with them; the
/// blocks of other texts met before their counterpart come first, each in a row of its own. Texts that claim
/// no counterparts at all (an EpiDoc edition beside its translations) stand side by side whole, in one row.
/// </summary>
internal static class RowAligner
{
    public static List<SegmentRow> Align(IReadOnlyList<TextView> texts)
    {
        var rows = new List<SegmentRow>();
        if (texts.Count == 0)
        {
            return rows;
        }

        if (texts.Count > 1 && !texts.Any(t => t.Blocks.Any(b => b.Counterparts.Count > 0)))
        {
            rows.Add(new SegmentRow(null, texts.Select(Whole).ToArray()));
            return rows;
        }

        var next = new int[texts.Count];
        foreach (var block in texts[0].Blocks)
        {
            var cells = new BlockView?[texts.Count];
            cells[0] = block;
            for (var t = 1; t < texts.Count && block.Counterparts.Count > 0; t++)
            {
                var found = IndexOf(texts[t].Blocks, block.Counterparts, next[t]);
                if (found < 0)
                {
                    continue;
                }

                Flush(texts, t, found, next, rows);
                cells[t] = texts[t].Blocks[found];
                next[t] = found + 1;
            }

            rows.Add(new SegmentRow(cells.Skip(1).Any(c => c is not null) ? block.Key : null, cells));
        }

        for (var t = 1; t < texts.Count; t++)
        {
            Flush(texts, t, texts[t].Blocks.Count, next, rows);
        }

        return rows;
    }

    /// <summary>A text's blocks as one cell: the block itself when there is one, else a container of them.</summary>
    private static BlockView? Whole(TextView text) => text.Blocks.Count switch
    {
        0 => null,
        1 => text.Blocks[0],
        _ => new BlockView { Kind = "div", Type = "text", Lang = text.Lang, Children = text.Blocks },
    };

    private static int IndexOf(IReadOnlyList<BlockView> blocks, IReadOnlyList<string> ids, int from)
    {
        for (var i = from; i < blocks.Count; i++)
        {
            if (blocks[i].Id is { } id && ids.Contains(id))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Flush(IReadOnlyList<TextView> texts, int t, int until, int[] next, List<SegmentRow> rows)
    {
        for (var i = next[t]; i < until; i++)
        {
            var cells = new BlockView?[texts.Count];
            cells[t] = texts[t].Blocks[i];
            rows.Add(new SegmentRow(null, cells));
        }

        next[t] = Math.Max(next[t], until);
    }
}
