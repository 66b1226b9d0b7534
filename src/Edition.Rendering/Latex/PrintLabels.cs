using Edition.Core.Diagnostics;
using Edition.Rendering.Html;
using Edition.Rendering.Html.Site;
using Edition.Rendering.Templates;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// The print edition's own words (headings, the description's terms, legends, index titles) in the edition's first
/// interface language, from the same labels as the site; and the polyglossia language its frame is set in (hyphenation,
/// LaTeX's own "Contents" and "Chapter"), where polyglossia sets that language left to right in the main font.
/// </summary>
internal static class PrintLabels
{
    /// <summary>Frame languages polyglossia sets in the main font, left to right; any other leaves the frame English.</summary>
    private static readonly HashSet<string> FrameLanguages = new(StringComparer.Ordinal) { "english", "russian", "ukrainian", "german", "french", "italian", "spanish", "polish", "czech" };

    public static Labels Of(TemplateSet templates, EditionView edition)
    {
        var quiet = new DiagnosticBag(); // the site reports an unknown interface language or a bad labels file
        return UiLanguages.Choose(Labels.Load(templates, quiet), edition, quiet)[0];
    }

    public static string FrameLanguage(Labels labels) =>
        PolyglossiaLanguage.Name(labels.Lang) is var name && FrameLanguages.Contains(name) ? name : "english";
}
