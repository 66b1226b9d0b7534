namespace Edition.Import.Wilson.Layout;

/// <summary>
/// Folio breaks of the original: <c>{pb N}</c> before the first block and before each continuation header,
/// counting from the cited first folio. A folio number printed at the end of the header line
/// ("… СОВЕТСКОЙ АРМИИ 64") becomes its own <c>{fw folio}</c>.
/// </summary>
internal static class PageBreaks
{
    public static List<LayoutBlock> Insert(List<LayoutBlock> blocks, int? firstFolio)
    {
        var folio = firstFolio;
        var result = new List<LayoutBlock>();
        foreach (var b in blocks)
        {
            if (b.StartsLeaf)
            {
                folio = folio + 1;
                if (folio is { } next)
                {
                    result.Add(new LayoutBlock(LayoutBlockKind.PageBreak, [], b.LineIndex) { Number = next });
                }

                result.Add(b);
                continue;
            }

            if (b is { Kind: LayoutBlockKind.Forme, Type: "header", Role: "header" }
                && TelegramPatterns.TrailingFolio(b.Lines[^1]) is var (text, printed))
            {
                folio ??= int.Parse(printed, System.Globalization.CultureInfo.InvariantCulture);
                result.Add(b with { Lines = [.. b.Lines.Take(b.Lines.Count - 1), text.Trim()] });
                result.Add(new LayoutBlock(LayoutBlockKind.Forme, [printed], b.LineIndex) { Type = "folio" });
                continue;
            }

            result.Add(b);
        }

        if (firstFolio is { } start)
        {
            result.Insert(0, new LayoutBlock(LayoutBlockKind.PageBreak, [], blocks.FirstOrDefault()?.LineIndex ?? 0) { Number = start });
        }

        return result;
    }
}
