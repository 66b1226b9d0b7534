using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html.Site;

/// <summary>Which interface languages a site is rendered in.</summary>
internal static class UiLanguages
{
    /// <summary>
    /// edition.yml's <c>ui_languages</c>, else those of the edition's languages the labels cover (an English
    /// edition gets an English interface only), else the labels' first.
    /// </summary>
    public static IReadOnlyList<Labels> Choose(IReadOnlyList<Labels> all, EditionView edition, DiagnosticBag diagnostics)
    {
        if (edition.UiLanguages is { } chosen && Named(chosen, all, diagnostics) is { Count: > 0 } picked)
        {
            return picked;
        }

        var matching = all.Where(l => edition.Languages.Contains(l.Lang, StringComparer.Ordinal)).ToList();
        return matching.Count > 0 ? matching : [all[0]];
    }

    private static List<Labels> Named(IEnumerable<string> chosen, IReadOnlyList<Labels> all, DiagnosticBag diagnostics)
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
                diagnostics.Add(RenderingDiagnostics.UnknownUiLanguage.At(SourceSpan.None("edition.yml"), lang));
            }
        }

        return picked;
    }
}
