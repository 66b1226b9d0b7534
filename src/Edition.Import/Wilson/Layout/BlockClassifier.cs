using Edition.Import.Wilson.Export;

namespace Edition.Import.Wilson.Layout;

/// <summary>
/// Tells the telegram apparatus from the body in one language's text. Distinctive blocks (stamps, received
/// line, catch words, dispatch notes) are recognised anywhere; the rest by position: before the first block
/// that reads like prose they are headers, markings, address and salute; the closing run at the end
/// (<see cref="ClosingFormula"/>), dateline and signature; in between, body paragraphs.
/// </summary>
internal static class BlockClassifier
{
    /// <param name="firstFolio">The cited first folio; null for the translation, which records no leaves.</param>
    public static List<LayoutBlock> Classify(IReadOnlyList<ExportBlock> blocks, int? firstFolio, bool original)
    {
        var items = SplitCertifications(blocks);
        var found = items.Select(Distinctive).ToArray();
        var prose = Enumerable.Range(0, items.Count).Where(i => found[i] is null && ReadsAsProse(items[i])).ToList();
        var first = prose.Count > 0 ? prose[0] : items.Count;
        var closing = ClosingFormula.Start(items, found, prose.Count > 0 ? prose[^1] : -1);
        var result = new List<LayoutBlock>();
        for (var i = 0; i < items.Count; i++)
        {
            var block = found[i] ?? (i < first ? Opening(items[i]) : i < closing ? Body(items[i]) : Closing(items[i]));
            if (block.Kind == LayoutBlockKind.Table)
            {
                block = block with { Type = i < first ? "distribution" : "data" };
            }

            result.Add(block);
        }

        var withRoles = AssignRoles(result);
        return original ? PageBreaks.Insert(withRoles, firstFolio) : withRoles;
    }

    private static LayoutBlock? Distinctive(ExportBlock b)
    {
        var flat = b.Flat;
        var first = b.Lines[0].Trim();
        return b switch
        {
            { IsTable: true } => new LayoutBlock(LayoutBlockKind.Table, b.Lines, b.LineIndex),
            _ when TelegramPatterns.Telegram().IsMatch(flat) => Make(LayoutBlockKind.Head, null, b),
            _ when TelegramPatterns.Continuation().IsMatch(flat) => Make(LayoutBlockKind.Forme, "header", b) with { StartsLeaf = true },
            _ when TelegramPatterns.Stamp().IsMatch(flat) => Make(LayoutBlockKind.Forme, "stamp", b),
            _ when TelegramPatterns.Received().IsMatch(flat) => Make(LayoutBlockKind.Block, "received", b),
            _ when TelegramPatterns.Form().IsMatch(flat) => Make(LayoutBlockKind.Block, "form", b),
            _ when TelegramPatterns.Footer().IsMatch(flat) => Make(LayoutBlockKind.Forme, "footer", b),
            _ when TelegramPatterns.Registration().IsMatch(flat) => Make(LayoutBlockKind.Block, "registration", b),
            _ when TelegramPatterns.Series().IsMatch(flat) => Make(LayoutBlockKind.Block, "series", b),
            _ when TelegramPatterns.Distribution().IsMatch(flat) => Make(LayoutBlockKind.Block, "distribution", b),
            _ when TelegramPatterns.Catch().IsMatch(flat) => Make(LayoutBlockKind.Forme, "catch", b),
            _ when TelegramPatterns.PageNumber().IsMatch(flat) => Make(LayoutBlockKind.Forme, "pageNum", b),
            _ when TelegramPatterns.CopyMarking().IsMatch(flat) => Make(LayoutBlockKind.Forme, "marking", b),
            _ when TelegramPatterns.Dispatch().IsMatch(first) => Make(LayoutBlockKind.Forme, "dispatch", b),
            _ when TelegramPatterns.Certification().IsMatch(first) => Make(LayoutBlockKind.CloserText, null, b),
            _ when IsCapitals(flat) && TelegramPatterns.Administration().IsMatch(flat) => Make(LayoutBlockKind.Forme, "header", b),
            _ => null,
        };
    }

    private static LayoutBlock Opening(ExportBlock b)
    {
        var flat = b.Flat;
        return flat switch
        {
            _ when TelegramPatterns.Salute().IsMatch(flat) => Make(LayoutBlockKind.Block, "salute", b),
            _ when TelegramPatterns.Address().IsMatch(flat) && flat.Length <= 80 => Make(LayoutBlockKind.Block, "address", b),
            _ when IsCapitals(flat) && Words(flat) >= 3 => Make(LayoutBlockKind.Forme, "header", b),
            _ when flat.Length <= 40 => Make(LayoutBlockKind.Forme, "marking", b),
            _ => Body(b),
        };
    }

    /// <summary>A block of the closing run (<see cref="ClosingFormula"/>): a date line or a name-like line.</summary>
    private static LayoutBlock Closing(ExportBlock b) =>
        Make(ClosingFormula.IsDate(b.Flat) ? LayoutBlockKind.Dateline : LayoutBlockKind.Signed, null, b);

    private static LayoutBlock Body(ExportBlock b)
    {
        // Line breaks inside a prose paragraph are the PDF's, not the document's.
        var flat = b.Flat;
        var number = TelegramPatterns.Numbered().Match(flat);
        return new LayoutBlock(LayoutBlockKind.Body, [flat], b.LineIndex) { Number = number.Success ? int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null };
    }

    private static bool ReadsAsProse(ExportBlock b)
    {
        var flat = b.Flat;
        return TelegramPatterns.Numbered().IsMatch(flat)
            || (Words(flat) >= 5 && !ClosingFormula.IsDate(flat) && !IsCapitals(flat) && (flat.Length >= 60 || ".!?:;»\")".Contains(flat[^1], StringComparison.Ordinal)));
    }

    /// <summary>Roles pair apparatus across languages; only the first block of each role gets one.</summary>
    private static List<LayoutBlock> AssignRoles(List<LayoutBlock> blocks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var certified = false;
        var headSeen = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            certified |= b.Kind == LayoutBlockKind.CloserText;
            var role = b switch
            {
                { Kind: LayoutBlockKind.Forme, Type: "header", StartsLeaf: false } when !headSeen => "header",
                { Kind: LayoutBlockKind.Head } => "telegram",
                { Kind: LayoutBlockKind.Table, Type: "distribution" } or { Kind: LayoutBlockKind.Block, Type: "distribution" } => "copies",
                { Kind: LayoutBlockKind.Block, Type: "received" or "series" or "address" or "salute" } => b.Type,
                { Kind: LayoutBlockKind.Dateline } => "dateline",
                { Kind: LayoutBlockKind.Signed } when !certified => "signature",
                _ => null,
            };
            headSeen |= b.Kind == LayoutBlockKind.Head;
            if (role is not null && seen.Add(role))
            {
                blocks[i] = b with { Role = role };
            }
        }

        return blocks;
    }

    /// <summary>"Отп. … дело / Верно: …" arrive as one block; the certification begins a closer of its own.</summary>
    private static List<ExportBlock> SplitCertifications(IReadOnlyList<ExportBlock> blocks)
    {
        var result = new List<ExportBlock>();
        foreach (var b in blocks)
        {
            var cut = -1;
            for (var i = 1; i < b.Lines.Count && !b.IsTable; i++)
            {
                if (TelegramPatterns.Certification().IsMatch(b.Lines[i].Trim()))
                {
                    cut = i;
                    break;
                }
            }

            if (cut < 0)
            {
                result.Add(b);
                continue;
            }

            result.Add(b with { Lines = b.Lines.Take(cut).ToArray() });
            result.Add(b with { Lines = b.Lines.Skip(cut).ToArray(), LineIndex = b.LineIndex + cut });
        }

        return result;
    }

    private static LayoutBlock Make(LayoutBlockKind kind, string? type, ExportBlock b) =>
        new(kind, b.Lines.Select(l => l.Trim()).ToArray(), b.LineIndex) { Type = type };

    /// <summary>Space-separated words, counted without splitting (a body paragraph may be megabytes).</summary>
    private static int Words(string s)
    {
        var words = 0;
        for (var i = 0; i < s.Length; i++)
        {
            words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ') ? 1 : 0;
        }

        return words;
    }

    internal static bool IsCapitals(string s)
    {
        var (letters, upper) = (0, 0);
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters >= 4 && upper >= letters * 0.9;
    }
}
