namespace Edition.Import.Wilson.Export;

/// <summary>
/// Finds where the original ends and the English translation begins. Each block votes for one side, weighted
/// by its letters: by script when the original is not written in Latin letters (Cyrillic against Latin), by
/// English function words when it is. The split is the point that contradicts the fewest votes, so a stray
/// Latin "N 36, II" inside the Russian text does not move it.
/// </summary>
internal static class LanguageSplitter
{
    /// <summary>Below this many letters a side counts as absent (a stray word is not a translation).</summary>
    private const int MinimumLetters = 40;

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "that", "is", "was", "for", "with", "on", "this", "we", "our", "you",
        "your", "have", "has", "will", "be", "are", "not", "it", "as", "by", "from", "i", "they", "which",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly char[] WordSeparators = [' ', ',', '.', ';', ':', '!', '?', '(', ')'];

    private static readonly HashSet<string> LatinScriptLanguages = ["de", "pl", "hu", "cs", "ro", "vi", "fr", "sq", "es", "it", "en"];

    /// <summary>Index of the first translation block; <see cref="OriginalLetters"/> and <see cref="TranslationLetters"/> tell whether each side exists.</summary>
    public sealed record Split(int Index, int OriginalLetters, int TranslationLetters);

    public static Split Find(IReadOnlyList<ExportBlock> blocks, string? languageCode)
    {
        var latinOriginal = languageCode is not null && LatinScriptLanguages.Contains(languageCode);
        var votes = blocks.Select(b => Vote(b.Flat, latinOriginal)).ToArray();

        // Votes > 0 are for the original, < 0 for English; a vote on the wrong side of k costs its weight. Moving k
        // past block i changes the cost by that block's vote alone, so one pass finds the cheapest k.
        var cost = votes.Sum(v => (long)Math.Max(0, v));
        var (best, bestCost) = (0, cost);
        for (var k = 1; k <= votes.Length; k++)
        {
            var vote = votes[k - 1];
            cost += Math.Max(0, -vote) - Math.Max(0, vote);
            if (cost < bestCost)
            {
                (best, bestCost) = (k, cost);
            }
        }

        var original = votes.Take(best).Where(v => v > 0).Sum();
        var translation = -votes.Skip(best).Where(v => v < 0).Sum();
        return new Split(best, original >= MinimumLetters ? original : 0, translation >= MinimumLetters ? translation : 0);
    }

    private static int Vote(string text, bool latinOriginal)
    {
        if (!latinOriginal)
        {
            var (latin, other) = (0, 0);
            foreach (var c in text)
            {
                if (char.IsLetter(c) && c < '\u0250')
                {
                    latin++;
                }
                else if (char.IsLetter(c))
                {
                    other++;
                }
            }

            return other > latin ? other : -latin;
        }

        var (words, english, letters) = (0, 0, 0);
        foreach (var range in text.AsSpan().SplitAny(WordSeparators))
        {
            var word = text.AsSpan(range);
            var wordLetters = Letters(word);
            if (wordLetters > 0)
            {
                (words, letters) = (words + 1, letters + wordLetters);
                english += EnglishLookup.Contains(word) ? 1 : 0;
            }
        }

        return words < 3 ? 0 : english * 7 > words ? -letters : letters;
    }

    private static int Letters(ReadOnlySpan<char> word)
    {
        var n = 0;
        foreach (var c in word)
        {
            n += char.IsLetter(c) ? 1 : 0;
        }

        return n;
    }
}
