using System.Text;

namespace Edition.Import.Wilson.Names;

/// <summary>Russian to Latin letters (BGN/PCGN, simplified), for ids and English names of persons the gazetteer does not know.</summary>
internal static class Transliterator
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya",
    };

    /// <summary>"Сущев" → "Sushchev".</summary>
    public static string ToLatin(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (!Letters.TryGetValue(lower, out var latin))
            {
                sb.Append(c);
                continue;
            }

            sb.Append(char.IsUpper(c) && latin.Length > 0 ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
        }

        return sb.ToString();
    }

    /// <summary>An authority id: lower-case Latin letters and digits joined by hyphens ("Сущев" → "sushchev").</summary>
    public static string ToId(string text)
    {
        var latin = ToLatin(text).ToLowerInvariant();
        var sb = new StringBuilder();
        foreach (var c in latin)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
