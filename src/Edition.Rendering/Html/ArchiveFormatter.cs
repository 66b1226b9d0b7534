using Edition.Core.Conventions;
using Edition.Rendering.Html.Models;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>The archival citation in its tradition's short form (its archive's country's, see <see cref="HoldingCitation"/>) and spelled out for readers.</summary>
public static class ArchiveFormatter
{
    /// <summary>The holdings in words in the interface's language (its labels' words for the levels where the convention gives none).</summary>
    public static ArchiveText? Format(EditionView edition, DocumentView d, Labels labels) =>
        Format(edition, d, labels.Lang, labels.HoldingWords());

    /// <summary>The holdings in words, or null when the document names none (an empty msIdentifier shows nothing).</summary>
    public static ArchiveText? Format(EditionView edition, DocumentView d, string uiLang, IReadOnlyDictionary<string, string>? languageWords = null)
    {
        if (d.Archive is not { } a)
        {
            return null;
        }

        var convention = ConventionOf(edition, d);
        var others = a.OtherHoldings.Select(h => Join(h.Split(", "))).Where(h => h.Length > 0).ToList();
        var folios = a.FolioFrom is null ? null : a.FolioTo is null || a.FolioTo == a.FolioFrom ? a.FolioFrom : $"{a.FolioFrom}–{a.FolioTo}";
        var single = a.FolioTo is null || a.FolioTo == a.FolioFrom;
        var pages = a.PageFrom is null ? null : a.PageTo is null || a.PageTo == a.PageFrom ? a.PageFrom : $"{a.PageFrom}–{a.PageTo}";
        var locator = a.Fond is null && a.Delo is null && a.Shelfmark is not null ? a.Shelfmark : HoldingCitation.Short(convention, a, folios, single, pages);
        var shortForm = Join([a.RepositoryAbbr ?? a.Repository, locator]);
        var longForm = Join(
        [
            a.Repository is null ? a.RepositoryAbbr : a.RepositoryAbbr is null ? a.Repository : $"{a.Repository} ({a.RepositoryAbbr})",
            a.Settlement,
            a.Collection,
            HoldingCitation.Long(convention, a, folios, single, uiLang, pages, languageWords),
        ]);
        return shortForm.Length == 0 && longForm.Length == 0 && others.Count == 0
            ? null
            : new ArchiveText(a.Repository, a.RepositoryAbbr, a.Settlement, shortForm, longForm) { OtherHoldings = others };
    }

    /// <summary>Only the locator (f. 45, op. 1, d. 339, ll. 64–65), for CSL's archive_location and the print's description.</summary>
    public static string? Locator(EditionView edition, DocumentView d)
    {
        if (Format(edition, d, "en")?.Short is not { Length: > 0 } full)
        {
            return null;
        }

        var prefix = (d.Archive!.RepositoryAbbr ?? d.Archive.Repository) + ", ";
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full[prefix.Length..] : full;
    }

    /// <summary>The convention the document's holding is cited in: the TEI's, its country's, the edition's, its original's language's.</summary>
    public static CitationConvention ConventionOf(EditionView edition, DocumentView d) =>
        edition.Conventions.Resolve(d.Archive?.Convention, d.Archive?.Country, edition.Convention, (d.Texts.FirstOrDefault(t => t.Role == "original") ?? d.Texts.FirstOrDefault())?.Lang);

    private static string Join(IEnumerable<string?> parts) => string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
