using System.Globalization;
using System.Text.RegularExpressions;

namespace Edition.Import.Wilson.Alignment;

/// <summary>
/// A cheap translation check on aligned pairs: the numbers each side mentions (digits, and the distinctive
/// number words 11–90 in Russian and English) should agree. "шестьдесят дивизий" against "sixteen divisions"
/// is exactly the kind of slip an editor wants to see.
/// </summary>
internal static partial class NumberCheck
{
    private static readonly (string Stem, int Value)[] Russian = LongestFirst(
    [
        ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15),
        ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18), ("девятнадцат", 19), ("двадцат", 20),
        ("тридцат", 30), ("сорок", 40), ("пятьдесят", 50), ("пятидесят", 50), ("шестьдесят", 60), ("шестидесят", 60),
        ("семьдесят", 70), ("семидесят", 70), ("восемьдесят", 80), ("восьмидесят", 80), ("девяност", 90),
    ]);

    private static readonly (string Stem, int Value)[] English = LongestFirst(
    [
        ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
        ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twent", 20), ("thirt", 30), ("fort", 40),
        ("fift", 50), ("sixt", 60), ("sevent", 70), ("eight", 80), ("ninet", 90),
    ]);

    private static (string Stem, int Value)[] LongestFirst((string Stem, int Value)[] stems) =>
        [.. stems.OrderByDescending(s => s.Stem.Length)];

    /// <returns>A description of the disagreement, or null when both sides mention the same numbers.</returns>
    public static string? Compare(string original, string translation)
    {
        var a = Numbers(original, Russian);
        var b = Numbers(translation, English);
        if (a.SetEquals(b))
        {
            return null;
        }

        static string Show(IEnumerable<int> s) => s.Any() ? string.Join(", ", s.Order()) : "none";
        return $"numbers differ: the original has {Show(a.Except(b))}, the translation {Show(b.Except(a))}";
    }

    private static HashSet<int> Numbers(string text, (string Stem, int Value)[] words)
    {
        var set = new HashSet<int>();
        foreach (var m in Digits().EnumerateMatches(text))
        {
            if (int.TryParse(text.AsSpan(m.Index, m.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                set.Add(n);
            }
        }

        foreach (var w in Word().EnumerateMatches(text))
        {
            if (NumberWord(text.AsSpan(w.Index, w.Length), words) is { } value)
            {
                set.Add(value);
            }
        }

        return set;
    }

    /// <summary>
    /// The number a word spells, if any: "eighteen" must not count as "eight…y", so the longest matching stem wins
    /// (the stems are kept longest first), and a tens stem needs its "-y".
    /// </summary>
    private static int? NumberWord(ReadOnlySpan<char> word, (string Stem, int Value)[] longestFirst)
    {
        var teen = word.Contains("teen", StringComparison.OrdinalIgnoreCase);
        foreach (var (stem, value) in longestFirst)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && (value < 20 || !teen))
            {
                return value < 20 || IsTens(word, stem) ? value : null;
            }
        }

        return null;
    }

    /// <summary>English tens need their "-y" ("sixty", "forty-four"), so "fort" does not count "fortress".</summary>
    private static bool IsTens(ReadOnlySpan<char> word, string stem) =>
        !char.IsAsciiLetterLower(stem[0]) || (word.Length > stem.Length && char.ToLowerInvariant(word[stem.Length]) == 'y');

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
