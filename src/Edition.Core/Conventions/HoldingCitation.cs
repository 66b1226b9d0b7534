using Edition.Core.Source.Model;

namespace Edition.Core.Conventions;

/// <summary>
/// A holding cited in a tradition's forms: the short form ("f. 45, op. 1, d. 339, ll. 64-65"; "Bestand 12, Nr. 3,
/// Bl. 1r-2v") and the long form, its labels spelled out in a UI language. Its levels are document.yml's fond, opis,
/// papka and delo, outermost first, whatever the tradition calls them.
/// </summary>
public static class HoldingCitation
{
    private static readonly string[] Levels = ["fond", "opis", "papka", "delo"];

    /// <param name="folios">The folios as written ("64-65", "12v"), or null.</param>
    /// <param name="pages">The pages as written ("3-4"), or null: cited after the folios, "p. 3", "pp. 3-4" ("S. 3-4", "с. 3-4").</param>
    public static string Short(CitationConvention convention, ArchiveHolding holding, string? folios, bool singleFolio, string? pages = null) =>
        Join(Parts(convention.Short, convention, holding, folios, singleFolio, pages));

    /// <summary>
    /// The same with the labels spelled out in <paramref name="uiLang"/>: the convention's own for that language where it
    /// gives them (a tradition's terms, "inventory (opis)"), else <paramref name="languageWords"/> (the interface's
    /// words for the levels), else the convention's English, else its short labels.
    /// </summary>
    public static string Long(CitationConvention convention, ArchiveHolding holding, string? folios, bool singleFolio, string uiLang, string? pages = null, IReadOnlyDictionary<string, string>? languageWords = null)
    {
        var labels = convention.Long.GetValueOrDefault(uiLang) ?? languageWords ?? convention.Long.GetValueOrDefault("en") ?? convention.Short;
        return Join(Parts(labels, convention, holding, folios, singleFolio, pages));
    }

    /// <summary>Whether a page or folio locator is one page or leaf rather than a range or list.</summary>
    public static bool IsSingle(string locator) => locator.IndexOfAny(['-', '–', ',']) < 0;

    /// <summary>A folio range or a folio with its recto and verso in the tradition's form ("12v" → "12 об." in Russian usage).</summary>
    public static string Folios(CitationConvention convention, string folios) =>
        string.Concat(System.Text.RegularExpressions.Regex.Split(folios, "([-–, ]+)").Select(part => Folio(convention, part)));

    private static string Folio(CitationConvention convention, string folio) =>
        folio.Length > 1 && char.IsDigit(folio[^2]) && folio[^1] is 'r' or 'v'
            ? folio[..^1] + (folio[^1] == 'r' ? convention.Recto : convention.Verso)
            : folio;

    private static IEnumerable<string?> Parts(IReadOnlyDictionary<string, string> labels, CitationConvention convention, ArchiveHolding holding, string? folios, bool singleFolio, string? pages)
    {
        string?[] values = [holding.Fond, holding.Opis, holding.Papka, holding.Delo];
        for (var i = 0; i < Levels.Length; i++)
        {
            yield return Part(labels.GetValueOrDefault(Levels[i]) ?? convention.Short.GetValueOrDefault(Levels[i]), values[i]);
        }

        var folioLabel = singleFolio ? "folio" : "folios";
        yield return folios is null ? null : Part(labels.GetValueOrDefault(folioLabel) ?? convention.Short.GetValueOrDefault(folioLabel), Folios(convention, folios));
        var pageLabel = pages is null || IsSingle(pages) ? "page" : "pages";
        yield return pages is null ? null : Part(labels.GetValueOrDefault(pageLabel) ?? convention.Short.GetValueOrDefault(pageLabel), pages);
    }

    private static string? Part(string? label, string? value) =>
        string.IsNullOrEmpty(value) ? null : string.IsNullOrEmpty(label) ? value : $"{label} {value}";

    private static string Join(IEnumerable<string?> parts) => string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
