namespace Edition.Rendering.Search;

/// <summary>
/// Latin spellings of folded letters, for a Latin query to find other scripts. Cyrillic and Greek are spelled out
/// in full (a two-letter key, a Greek diphthong, is read before its letters); Arabic and Hebrew, written without
/// their vowels, are matched on their consonants (<see cref="SearchText.Skeleton"/>). Both tables are written into
/// the index, so the search script spells a query exactly as the index was spelled.
/// </summary>
public static class Transliteration
{
    public static readonly IReadOnlyDictionary<string, string> Alphabetic = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        // Russian (й and ё fold to и and е), Ukrainian and Belarusian letters.
        ["а"] = "a", ["б"] = "b", ["в"] = "v", ["г"] = "g", ["д"] = "d", ["е"] = "e", ["ж"] = "zh", ["з"] = "z",
        ["и"] = "i", ["к"] = "k", ["л"] = "l", ["м"] = "m", ["н"] = "n", ["о"] = "o", ["п"] = "p", ["р"] = "r",
        ["с"] = "s", ["т"] = "t", ["у"] = "u", ["ф"] = "f", ["х"] = "kh", ["ц"] = "ts", ["ч"] = "ch", ["ш"] = "sh",
        ["щ"] = "shch", ["ъ"] = "", ["ы"] = "y", ["ь"] = "", ["э"] = "e", ["ю"] = "yu", ["я"] = "ya",
        ["і"] = "i", ["є"] = "ye", ["ґ"] = "g", ["ў"] = "u",

        // Greek, as scholars spell it (Σωκράτης: sokrates; final sigma folds to σ).
        ["α"] = "a", ["β"] = "b", ["γ"] = "g", ["δ"] = "d", ["ε"] = "e", ["ζ"] = "z", ["η"] = "e", ["θ"] = "th",
        ["ι"] = "i", ["κ"] = "k", ["λ"] = "l", ["μ"] = "m", ["ν"] = "n", ["ξ"] = "x", ["ο"] = "o", ["π"] = "p",
        ["ρ"] = "r", ["σ"] = "s", ["τ"] = "t", ["υ"] = "y", ["φ"] = "ph", ["χ"] = "ch", ["ψ"] = "ps", ["ω"] = "o",
        ["αυ"] = "au", ["ευ"] = "eu", ["ου"] = "ou", ["ηυ"] = "eu", ["γγ"] = "ng", ["γκ"] = "nk", ["γξ"] = "nx", ["γχ"] = "nch",
    };

    /// <summary>Arabic (with Persian letters) and Hebrew consonants; long-vowel letters and alef, ayin are silent.</summary>
    public static readonly IReadOnlyDictionary<string, string> Abjad = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["ا"] = "", ["ء"] = "", ["ب"] = "b", ["ت"] = "t", ["ث"] = "th", ["ج"] = "j", ["ح"] = "h", ["خ"] = "kh",
        ["د"] = "d", ["ذ"] = "dh", ["ر"] = "r", ["ز"] = "z", ["س"] = "s", ["ش"] = "sh", ["ص"] = "s", ["ض"] = "d",
        ["ط"] = "t", ["ظ"] = "z", ["ع"] = "", ["غ"] = "gh", ["ف"] = "f", ["ق"] = "q", ["ك"] = "k", ["ل"] = "l",
        ["م"] = "m", ["ن"] = "n", ["ه"] = "h", ["ة"] = "", ["و"] = "w", ["ي"] = "y",
        ["پ"] = "p", ["چ"] = "ch", ["ژ"] = "zh", ["ک"] = "k", ["گ"] = "g", ["ی"] = "y",
        ["א"] = "", ["ב"] = "b", ["ג"] = "g", ["ד"] = "d", ["ה"] = "h", ["ו"] = "w", ["ז"] = "z", ["ח"] = "h",
        ["ט"] = "t", ["י"] = "y", ["כ"] = "k", ["ל"] = "l", ["מ"] = "m", ["נ"] = "n", ["ס"] = "s", ["ע"] = "",
        ["פ"] = "p", ["צ"] = "ts", ["ק"] = "k", ["ר"] = "r", ["ש"] = "sh", ["ת"] = "t",
    };

    /// <summary>The word in Latin letters by <paramref name="table"/> (two-letter keys first); letters it lacks stay.</summary>
    public static string Spell(string word, IReadOnlyDictionary<string, string> table)
    {
        var sb = new System.Text.StringBuilder(word.Length + 4);
        for (var i = 0; i < word.Length; i++)
        {
            if (i + 1 < word.Length && table.TryGetValue(word.Substring(i, 2), out var pair))
            {
                sb.Append(pair);
                i++;
            }
            else if (table.TryGetValue(word[i].ToString(), out var one))
            {
                sb.Append(one);
            }
            else
            {
                sb.Append(word[i]);
            }
        }

        return sb.ToString();
    }
}
