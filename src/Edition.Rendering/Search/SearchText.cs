using System.Globalization;
using System.Text;

namespace Edition.Rendering.Search;

/// <summary>
/// Folding for search, mirrored exactly by assets/search.js: lower case, diacritics and every combining mark removed
/// (é = e, ё = е, й = и, Greek accents, Arabic harakat, Hebrew niqqud), a few letters of one sound made one (ß = ss,
/// final σ, Arabic alef forms, tatweel dropped, Hebrew final forms), punctuation to spaces. <see cref="Terms"/> gives
/// what a word is indexed under: itself, its Latin spelling (Cyrillic, Greek) and, for Arabic and Hebrew, its consonants.
/// </summary>
public static class SearchText
{
    /// <summary>Letters folded before decomposition (none of them decomposes into a letter and marks).</summary>
    public static readonly IReadOnlyDictionary<char, string> Letters = new SortedDictionary<char, string>
    {
        ['ß'] = "ss", ['ς'] = "σ", ['ـ'] = "", ['ٱ'] = "ا", ['ى'] = "ي", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d",
        ['æ'] = "ae", ['œ'] = "oe", ['ı'] = "i", ['ך'] = "כ", ['ם'] = "מ", ['ן'] = "נ", ['ף'] = "פ", ['ץ'] = "צ",
    };

    /// <summary>The marker of a consonant skeleton among the terms, so it never meets a Latin word.</summary>
    public const char SkeletonMark = '~';

    // ASCII, no-break space and General Punctuation (dashes, typographic quotes, ellipsis, thin and zero-width
    // spaces): none is a letter, a digit or a combining mark, so outside ASCII they only separate words.
    private static readonly System.Buffers.SearchValues<char> Plain = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x80).Select(i => (char)i)) + "\u00A0" + string.Concat(Enumerable.Range(0x2000, 0x70).Select(i => (char)i)));

    /// <param name="umlautDigraphs">ä, ö, ü as ae, oe, ue (German's other spelling, so "Mueller" finds "Müller").</param>
    public static string Fold(string text, bool umlautDigraphs = false)
    {
        if (!text.AsSpan().ContainsAnyExcept(Plain))
        {
            return FoldAscii(text);
        }

        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in Decompose(text, umlautDigraphs))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether the text has an umlaut (composed or not), so its words have a second spelling.</summary>
    public static bool HasUmlaut(string text) => text.AsSpan().IndexOfAny("äöüÄÖÜ\u0308") >= 0;

    private static string Decompose(string text, bool umlautDigraphs)
    {
        var lower = text.ToLowerInvariant();
        if (umlautDigraphs)
        {
            lower = lower.Normalize(NormalizationForm.FormC).Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal);
        }

        var sb = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (Letters.TryGetValue(c, out var folded))
            {
                sb.Append(folded);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormD);
    }

    /// <summary>
    /// The same folding for ASCII text with typographic punctuation (most of an English corpus), without Unicode
    /// normalisation, which is the identity on such text and the costly part of folding.
    /// </summary>
    private static string FoldAscii(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>A folded text with its Cyrillic and Greek in Latin letters.</summary>
    public static string Latin(string folded) => HasAny(folded, AlphabeticLetters) ? Transliteration.Spell(folded, Transliteration.Alphabetic) : folded;

    /// <summary>
    /// The consonants of a word in Latin letters, as an Arabic or Hebrew word is written without its vowels: vowels,
    /// w and y (long vowels' letters) dropped, v as b and f as p (Hebrew's letters of two sounds), doubles once.
    /// "muhammad" and محمد both give "mhmd".
    /// </summary>
    public static string Skeleton(string latin)
    {
        var sb = new StringBuilder(latin.Length);
        foreach (var letter in latin)
        {
            var c = letter switch { 'v' => 'b', 'f' => 'p', _ => letter };
            if ("aeiouyw".Contains(c, StringComparison.Ordinal) || (sb.Length > 0 && sb[^1] == c))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The terms a folded word is indexed under: itself, its Latin spelling, and an Arabic or Hebrew word's skeleton.</summary>
    public static IReadOnlyList<string> Terms(string word)
    {
        var terms = new List<string>(3);
        AddTerms(word, terms);
        return terms;
    }

    /// <summary>Adds the terms of <see cref="Terms"/> to a collection, in that order.</summary>
    public static void AddTerms(string word, ICollection<string> terms)
    {
        terms.Add(word);
        if (HasAny(word, AlphabeticLetters) && Transliteration.Spell(word, Transliteration.Alphabetic) is var latin && latin != word)
        {
            terms.Add(latin);
        }

        if (HasAny(word, AbjadLetters) && Skeleton(Transliteration.Spell(word, Transliteration.Abjad)) is { Length: > 0 } skeleton)
        {
            terms.Add(SkeletonMark + skeleton);
        }
    }

    // The letters (outside ASCII and Latin) that each table spells, for a test without a string per character.
    private static readonly System.Buffers.SearchValues<char> AlphabeticLetters = LettersOf(Transliteration.Alphabetic);
    private static readonly System.Buffers.SearchValues<char> AbjadLetters = LettersOf(Transliteration.Abjad);

    private static System.Buffers.SearchValues<char> LettersOf(IReadOnlyDictionary<string, string> table) =>
        System.Buffers.SearchValues.Create(string.Concat(table.Keys.Where(k => k.Length == 1 && k[0] >= 0x370)));

    private static bool HasAny(string word, System.Buffers.SearchValues<char> letters) => word.AsSpan().ContainsAny(letters);
}
