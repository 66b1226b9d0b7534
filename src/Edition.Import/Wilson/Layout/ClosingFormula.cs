using Edition.Import.Wilson.Export;

namespace Edition.Import.Wilson.Layout;

/// <summary>
/// A closing formula is recognised by its place and form, not by its words: it is the run of blocks at the very end
/// of a text that look like one (short name-like lines: a signature, a rank, a name between slashes; a date or a
/// place-and-date line), with the dispatch notes and certifications that may stand among them. A short sentence
/// before that run («Сообщите Ваши соображения.», "Telegraph fulfillment.") is body; an <c>{ab}</c> block ends
/// the run, so nothing of the kind follows a closer.
/// </summary>
internal static class ClosingFormula
{
    private const int MaxLines = 3;
    private const int MaxLineLength = 50;
    private const int MaxWords = 5;

    /// <summary>Index of the closing run's first block, after <paramref name="lastProse"/>; the count when there is none.</summary>
    public static int Start(IReadOnlyList<ExportBlock> items, IReadOnlyList<LayoutBlock?> found, int lastProse)
    {
        var start = items.Count;
        for (var i = items.Count - 1; i > lastProse && Fits(items[i], found[i]); i--)
        {
            start = i;
        }

        return start;
    }

    /// <summary>A date line: "№ 3107. 21.6.51.", "Moscow, 5 March 1950".</summary>
    public static bool IsDate(string flat) => TelegramPatterns.Dateline().IsMatch(flat) || TelegramPatterns.PlaceDate().IsMatch(flat);

    private static bool Fits(ExportBlock item, LayoutBlock? found) =>
        found is { } f ? f.Kind is LayoutBlockKind.Forme or LayoutBlockKind.CloserText : IsDate(item.Flat) || IsNameLike(item);

    /// <summary>A few short lines of capitalised words ("МАО ЦЗЕ-ДУН", "Полковник", "/Смирнов/"), no sentence's end.</summary>
    internal static bool IsNameLike(ExportBlock item) =>
        item.Lines.Count <= MaxLines && item.Lines.Select(l => l.Trim()).All(l => l.Length is > 0 and <= MaxLineLength && IsNameLine(l));

    private static bool IsNameLine(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords
            && char.IsUpper(FirstLetter(words[0]))
            && words.All(w => char.IsUpper(FirstLetter(w)) || FirstLetter(w) == '\0' || IsLinkWord(w))
            && (!".!?:;,".Contains(line[^1], StringComparison.Ordinal) || IsInitial(words[^1]));
    }

    /// <summary>"of", "de", "von" inside a name or a title ("Minister of Foreign Affairs").</summary>
    private static bool IsLinkWord(string w) => w.Length <= 3 && w.All(char.IsLower);

    /// <summary>"И." or "Ch." closing a name ("Сталин И.").</summary>
    private static bool IsInitial(string w) => w.Length is 2 or 3 && w[^1] == '.' && char.IsUpper(w[0]) && w[..^1].All(char.IsLetter);

    private static char FirstLetter(string w) => w.FirstOrDefault(char.IsLetter);
}
