using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html.Site;

/// <summary>Which interface languages a site is rendered in.</summary>
internal static class UiLanguages
{
    /// <summary>
    /// edition.yml's <c>ui_languages</c>, else those of the edition's languages that have labels (an English
    /// edition gets an English interface only), English first, then by tag; else the labels' first (English).
    /// </summary>
    public static IReadOnlyList<Labels> Choose(IReadOnlyList<Labels> all, EditionView edition, DiagnosticBag diagnostics)
    {
        if (edition.UiLanguages is { } chosen && Named(chosen, all, edition.UiLanguagesSpan ?? SourceSpan.None("edition.yml"), diagnostics) is { Count: > 0 } picked)
        {
            return picked;
        }

        var matching = all.Where(l => edition.Languages.Contains(l.Lang, StringComparer.Ordinal)).ToList();
        return matching.Count > 0 ? matching : [all[0]];
    }

    private static List<Labels> Named(IEnumerable<string> chosen, IReadOnlyList<Labels> all, SourceSpan at, DiagnosticBag diagnostics)
    {
        var picked = new List<Labels>();
        foreach (var lang in chosen.Distinct(StringComparer.Ordinal))
        {
            if (all.FirstOrDefault(l => l.Lang == lang) is { } labels)
            {
                picked.Add(labels);
            }
            else
            {
                diagnostics.Add(RenderingDiagnostics.UnknownUiLanguage.At(at, lang, string.Join(", ", all.Select(l => l.Lang))));
            }
        }

        return picked;
    }
}
