using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>How a document's aligned rows become the synchronised chunks of the facing pages.</summary>
internal static class PrintLayout
{
    /// <summary>
    /// The parallel rows regrouped for print: a row holding only folio breaks becomes the next row's margin
    /// folio (a paragraph of its own would be an empty numbered line), and a row holding only block-level
    /// notes joins the row before it, where its footnote mark belongs.
    /// </summary>
    public static IReadOnlyList<PrintRow> Rows(DocumentView document)
    {
        var sides = document.Texts.Count;
        var pending = new string?[sides];
        var rows = new List<(string? Key, List<BlockView>[] Blocks, string?[] Folios)>();
        foreach (var row in document.Rows)
        {
            var present = row.Cells.Take(sides).Where(c => c is not null).ToList();
            if (present.Count > 0 && present.All(c => c!.Kind == "pb"))
            {
                for (var i = 0; i < sides; i++)
                {
                    pending[i] = row.Cells.ElementAtOrDefault(i)?.N ?? pending[i];
                }

                continue;
            }

            if (present.Count > 0 && present.All(c => c!.Kind == "note") && rows.Count > 0)
            {
                for (var i = 0; i < sides; i++)
                {
                    if (row.Cells.ElementAtOrDefault(i) is { } note)
                    {
                        rows[^1].Blocks[i].Add(note);
                    }
                }

                continue;
            }

            var blocks = new List<BlockView>[sides];
            var folios = new string?[sides];
            for (var i = 0; i < sides; i++)
            {
                blocks[i] = row.Cells.ElementAtOrDefault(i) is { } cell ? [cell] : [];
                if (blocks[i].Count > 0)
                {
                    folios[i] = pending[i];
                    pending[i] = null;
                }
            }

            rows.Add((row.Key, blocks, folios));
        }

        return rows.Select(r => new PrintRow(r.Key, r.Blocks.Select((b, i) => new PrintCell(b, r.Folios[i])).ToList())).ToList();
    }
}
