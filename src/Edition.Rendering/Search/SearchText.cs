using System.Globalization;
using System.Text;

namespace Edition.Rendering.Search;

/// <summary>
/// Folding for search, mirrored exactly by assets/search.js: lower case, diacritics removed (so ё = е and
/// й = и, é = e), punctuation to spaces; and a Cyrillic→Latin transliteration so "stalin" finds «Сталин».
/// The table is written into the index so the script and the index can never disagree.
/// </summary>
public static class SearchText
{
    public static readonly IReadOnlyDictionary<char, string> Transliteration = new SortedDictionary<char, string>
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh",
        ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    };

    // ASCII, no-break space and General Punctuation (dashes, typographic quotes, ellipsis, thin and zero-width
    // spaces): none is a letter, a digit or a combining mark, so outside ASCII they only separate words.
    private static readonly System.Buffers.SearchValues<char> Plain = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x80).Select(i => (char)i)) + "\u00A0" + string.Concat(Enumerable.Range(0x2000, 0x70).Select(i => (char)i)));

    public static string Fold(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(Plain))
        {
            return FoldAscii(text);
        }

        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
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

    /// <summary>A folded text in Latin letters (only Cyrillic changes).</summary>
    public static string Latin(string folded)
    {
        // Folded text is lower case, so Cyrillic means а…я; text without any is its own transliteration.
        if (folded.AsSpan().IndexOfAnyInRange('а', 'я') < 0)
        {
            return folded;
        }

        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (Transliteration.TryGetValue(c, out var l))
            {
                sb.Append(l);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
