using System.Globalization;
using System.Text;

namespace Edition.Rendering.Html;

/// <summary>
/// A document's type as it stands inside a running sentence ("Mao Zedong to Stalin, telegram, …"): each word that is
/// only capitalised (Telegram, Memorandum) is lowered by the language's own rules, while acronyms and names with
/// inner capitals (NSC, McCarthy) stay; in languages that capitalise every noun (German and its neighbours) the
/// type stays as written.
/// </summary>
public static class DocumentTypeCase
{
    private static readonly HashSet<string> NounCapitalisingLanguages = new(StringComparer.OrdinalIgnoreCase) { "de", "gsw", "lb", "nds", "bar", "ksh" };

    public static string? InRunningText(string? type, string? lang)
    {
        if (string.IsNullOrEmpty(type) || KeepsNounCapitals(lang))
        {
            return type;
        }

        var text = Culture(lang).TextInfo;
        var result = new StringBuilder(type.Length);
        foreach (var word in type.Split(' '))
        {
            result.Append(result.Length > 0 ? " " : "").Append(IsOnlyCapitalised(word) ? text.ToLower(word) : word);
        }

        return result.ToString();
    }

    private static bool KeepsNounCapitals(string? lang) =>
        lang is { Length: > 0 } && NounCapitalisingLanguages.Contains(lang.Split('-', '_')[0]);

    /// <summary>An upper-case first letter and no other upper-case letter: "Telegram", not "NSC", "McCarthy" or "a".</summary>
    private static bool IsOnlyCapitalised(string word)
    {
        var letters = word.Where(char.IsLetter).ToArray();
        return letters.Length > 1 && char.IsUpper(letters[0]) && !letters.Skip(1).Any(char.IsUpper);
    }

    private static CultureInfo Culture(string? lang)
    {
        try
        {
            return string.IsNullOrEmpty(lang) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(lang);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
