using System.Globalization;

namespace Edition.Rendering.Html;

/// <summary>
/// The writing direction of a language tag (BCP 47 or xml:lang): right to left for Arabic, Hebrew, Persian, Urdu,
/// Syriac and the other scripts the culture data marks so, including a tag that names such a script ("ur-Arab").
/// </summary>
public static class TextDirection
{
    /// <summary>Languages written right to left, known here whether or not the machine's culture data has them.</summary>
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "ug", "dv", "syr", "arc", "ckb", "ks", "sam", "mid", "nqo", "prs",
    };

    private static readonly HashSet<string> RightToLeftScripts = new(StringComparer.OrdinalIgnoreCase) { "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Samr", "Mand", "Rohg" };

    public static bool IsRightToLeft(string? lang)
    {
        if (string.IsNullOrEmpty(lang))
        {
            return false;
        }

        var parts = lang.Split('-', '_');
        if (RightToLeftLanguages.Contains(parts[0]) || parts.Skip(1).Any(p => p.Length == 4 && RightToLeftScripts.Contains(p)))
        {
            return true;
        }

        try
        {
            return CultureInfo.GetCultureInfo(parts[0]).TextInfo.IsRightToLeft;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The <c>dir</c> attribute for an element in that language: " dir=\"rtl\"" or nothing (left to right is the page's own).</summary>
    public static string Attribute(string? lang) => IsRightToLeft(lang) ? " dir=\"rtl\"" : "";
}
