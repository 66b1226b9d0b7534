using Edition.Core.Conventions;

namespace Edition.Rendering.Latex;

/// <summary>TEI dates (ISO 8601: 1951, 1951-06, 1951-06-21) as the print edition's tradition writes them (edition.yml's <c>convention:</c>, else English); anything else escaped as given.</summary>
internal static class PrintDate
{
    public static string Format(string? iso, CitationConvention convention)
    {
        var parts = (iso ?? "").Split('-');
        if (parts.Length is < 1 or > 3 || parts.Any(p => !int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)) || parts[0].Length != 4)
        {
            return LatexEscaper.Escape(iso);
        }

        if (parts.Length > 1 && int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 12)
        {
            return LatexEscaper.Escape(iso);
        }

        return parts.Length == 1 ? parts[0] : LatexEscaper.Escape(ConventionDate.Format(iso, convention));
    }

    /// <summary>The print edition's convention: edition.yml's, else English.</summary>
    /// <param name="frameLanguage">The language of the print's own words: its tradition when edition.yml names none.</param>
    public static CitationConvention ConventionOf(Tei.Reading.Views.EditionView edition, string frameLanguage) =>
        edition.Conventions.Find(edition.Convention) ?? edition.Conventions.ForLanguage(frameLanguage);
}
