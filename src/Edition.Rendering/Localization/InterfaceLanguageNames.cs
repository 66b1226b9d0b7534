using System.Globalization;
using Edition.Rendering.Html;

namespace Edition.Rendering.Localization;

/// <summary>
/// Names of languages from the culture data (ICU): a language's name in itself, and a language named inside a
/// sentence of the interface's language ("russe ou anglais"). Without culture data for a tag, the labels'
/// <c>lang_&lt;tag&gt;</c>, else the tag itself.
/// </summary>
public static class InterfaceLanguageNames
{
    public static string Native(string lang) =>
        Culture(lang) is { } c && c.NativeName != lang ? c.TextInfo.ToTitleCase(c.NativeName[..1]) + c.NativeName[1..] : lang;

    /// <summary>The language of <paramref name="tag"/> named in the interface's language, as written mid-sentence.</summary>
    public static string InRunningText(string tag, Labels ui)
    {
        var culture = Culture(tag);
        var uiCulture = Culture(ui.Lang);
        if (culture is not null && uiCulture is not null)
        {
            // CultureInfo.DisplayName speaks the current UI culture; this thread's is restored at once.
            var previous = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentUICulture = uiCulture;
                var name = culture.DisplayName;
                if (name != tag && !name.StartsWith("Unknown", StringComparison.Ordinal))
                {
                    return name;
                }
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }

        return ui.Find("lang_" + tag) ?? tag;
    }

    private static CultureInfo? Culture(string tag)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            return culture.ThreeLetterISOLanguageName.Length == 0 || CultureInfo.InvariantCulture.Equals(culture) ? null : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
