using System.Globalization;

namespace Edition.Import.Wilson.Alignment;

/// <summary>
/// Aligns body paragraphs of original and translation. Numbered paragraphs ("1.", "2.") open sections that
/// must correspond; inside a section paragraphs pair one to one when the counts agree, otherwise by a length
/// alignment (Gale–Church in miniature: pairs cost the log of their length ratio, a skip costs a fixed
/// penalty). A skipped paragraph keeps a one-sided key (<c>p3-2-en</c>) and is reported, never dropped:
/// the loader then flags it (no counterpart) until the editor decides.
/// </summary>
internal static class ParagraphAligner
{
    private const double SkipCost = 2.0;
    private static readonly double SuspiciousRatio = Math.Log(2.5);

    /// <param name="original">Body paragraphs as (number or null, text, line index).</param>
    public static AlignmentResult Align(
        IReadOnlyList<(int? Number, string Text, int Line)> original,
        IReadOnlyList<(int? Number, string Text, int Line)> translation,
        string originalLanguage,
        string translationLanguage)
    {
        var ruSections = Sections(original);
        var enSections = Sections(translation);
        var ratio = LengthRatio(ruSections, enSections, original, translation);
        var numbered = ruSections.Keys.Concat(enSections.Keys).Any(k => k > 0);
        var ruKeys = new string[original.Count];
        var enKeys = new string[translation.Count];
        var used = new KeySet();
        var unaligned = new List<UnalignedParagraph>();
        var warnings = new List<string>();
        var pairs = 0;
        foreach (var section in ruSections.Keys.Union(enSections.Keys).Order())
        {
            var ru = ruSections.GetValueOrDefault(section) ?? [];
            var en = enSections.GetValueOrDefault(section) ?? [];
            var baseKey = section > 0 ? $"p{section.ToString(CultureInfo.InvariantCulture)}" : numbered ? "p0" : "p";
            var j = 0;
            var lastKey = section > 0 ? baseKey : "p0";
            foreach (var (a, b) in Pair(ru, en, original, translation, ratio))
            {
                if (a is { } ai && b is { } bi)
                {
                    j++;
                    lastKey = used.Unique(section > 0 && j == 1 ? baseKey : section > 0 ? $"{baseKey}-{j}" : numbered ? $"p0-{j}" : $"p{j}");
                    ruKeys[ai] = enKeys[bi] = lastKey;
                    pairs++;
                    if (PairCost(original[ai].Text.Length, translation[bi].Text.Length, ratio) > SuspiciousRatio)
                    {
                        warnings.Add($"{lastKey}: the translation is {(translation[bi].Text.Length > original[ai].Text.Length * ratio ? "much longer" : "much shorter")} than the original ({original[ai].Text.Length} / {translation[bi].Text.Length} characters); check the pairing");
                    }
                }
                else if (a is { } only)
                {
                    ruKeys[only] = used.Unique($"{lastKey}-{originalLanguage}");
                    unaligned.Add(new UnalignedParagraph(originalLanguage, ruKeys[only], original[only].Line, Preview(original[only].Text)));
                }
                else if (b is { } onlyEn)
                {
                    enKeys[onlyEn] = used.Unique($"{lastKey}-{translationLanguage}");
                    unaligned.Add(new UnalignedParagraph(translationLanguage, enKeys[onlyEn], translation[onlyEn].Line, Preview(translation[onlyEn].Text)));
                }
            }
        }

        return new AlignmentResult(ruKeys, enKeys, pairs, unaligned, warnings);
    }

    /// <summary>
    /// How much longer the translation runs: the median over paragraphs of sections whose counts agree (one
    /// badly translated paragraph must not skew it), else the ratio of the totals.
    /// </summary>
    private static double LengthRatio(
        SortedDictionary<int, List<int>> ru, SortedDictionary<int, List<int>> en,
        IReadOnlyList<(int? Number, string Text, int Line)> original, IReadOnlyList<(int? Number, string Text, int Line)> translation)
    {
        var ratios = ru.Where(s => en.TryGetValue(s.Key, out var e) && e.Count == s.Value.Count)
            .SelectMany(s => s.Value.Zip(en[s.Key], (a, b) => (translation[b].Text.Length + 10.0) / (original[a].Text.Length + 10.0)))
            .Order().ToList();
        if (ratios.Count == 0)
        {
            return (translation.Sum(p => p.Text.Length) + 1.0) / (original.Sum(p => p.Text.Length) + 1.0);
        }

        var mid = ratios.Count / 2;
        return ratios.Count % 2 == 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
    }

    /// <summary>Paragraph indices by section: a numbered paragraph opens a section, the rest continue it.</summary>
    private static SortedDictionary<int, List<int>> Sections(IReadOnlyList<(int? Number, string Text, int Line)> paragraphs)
    {
        var sections = new SortedDictionary<int, List<int>>();
        var current = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            // A number already seen (a nested "1." list) continues the current section instead of reopening one.
            if (paragraphs[i].Number is { } n && n > 0 && !sections.ContainsKey(n))
            {
                current = n;
            }

            (sections.TryGetValue(current, out var list) ? list : sections[current] = []).Add(i);
        }

        return sections;
    }

    private static List<(int? A, int? B)> Pair(
        List<int> ru, List<int> en,
        IReadOnlyList<(int? Number, string Text, int Line)> original,
        IReadOnlyList<(int? Number, string Text, int Line)> translation,
        double ratio)
    {
        if (ru.Count == en.Count)
        {
            return ru.Zip(en, (a, b) => ((int?)a, (int?)b)).ToList();
        }

        var path = BandedAlignment.Path(
            ru.Count, en.Count, (i, j) => PairCost(original[ru[i]].Text.Length, translation[en[j]].Text.Length, ratio), SkipCost);
        return path.Select(p => (p.A is { } a ? ru[a] : (int?)null, p.B is { } b ? en[b] : (int?)null)).ToList();
    }

    private static double PairCost(int ruLength, int enLength, double ratio) =>
        Math.Abs(Math.Log((enLength + 10.0) / ((ruLength + 10.0) * ratio)));

    /// <summary>
    /// The key, or the key with the first free "-N": the next N to try is kept per key, so a thousand one-sided
    /// paragraphs in one place cost a thousand look-ups, not half a million.
    /// </summary>
    private sealed class KeySet
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

        public string Unique(string key)
        {
            var candidate = key;
            var n = _next.GetValueOrDefault(key, 2);
            for (; !_used.Add(candidate); n++)
            {
                candidate = $"{key}-{n.ToString(CultureInfo.InvariantCulture)}";
            }

            _next[key] = n;
            return candidate;
        }
    }

    private static string Preview(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
