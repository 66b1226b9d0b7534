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

    private static readonly HashSet<string> LatinScriptLanguages = ["de", "pl", "hu", "cs", "ro", "vi", "fr", "sq", "es", "it", "en"];

    /// <summary>Index of the first translation block; <see cref="OriginalLetters"/> and <see cref="TranslationLetters"/> tell whether each side exists.</summary>
    public sealed record Split(int Index, int OriginalLetters, int TranslationLetters);

    public static Split Find(IReadOnlyList<ExportBlock> blocks, string? languageCode)
    {
        var latinOriginal = languageCode is not null && LatinScriptLanguages.Contains(languageCode);
        var votes = blocks.Select(b => Vote(b.Flat, latinOriginal)).ToArray();
        var best = 0;
        var bestCost = long.MaxValue;
        for (var k = 0; k <= blocks.Count; k++)
        {
            long cost = 0;
            for (var i = 0; i < votes.Length; i++)
            {
                // Votes > 0 are for the original, < 0 for English; a vote on the wrong side of k costs its weight.
                cost += i < k ? Math.Max(0, -votes[i]) : Math.Max(0, votes[i]);
            }

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
            var latin = text.Count(c => char.IsLetter(c) && c < '\u0250');
            var other = text.Count(c => char.IsLetter(c) && c >= '\u0250');
            return other > latin ? other : -latin;
        }

        var words = text.Split([' ', ',', '.', ';', ':', '!', '?', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetter)).ToArray();
        if (words.Length < 3)
        {
            return 0;
        }

        var letters = words.Sum(w => w.Count(char.IsLetter));
        return words.Count(EnglishWords.Contains) * 7 > words.Length ? -letters : letters;
    }
}
