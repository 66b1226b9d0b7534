using Edition.Rendering.Html.Models;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>The archival citation in the conventional Russian short form and spelled out for readers.</summary>
public static class ArchiveFormatter
{
    /// <summary>The holdings in words, or null when the document names none (an empty msIdentifier shows nothing).</summary>
    public static ArchiveText? Format(ArchiveView? a, string uiLang)
    {
        if (a is null)
        {
            return null;
        }

        var others = a.OtherHoldings.Select(h => Join(h.Split(", "))).Where(h => h.Length > 0).ToList();

        var folios = a.FolioFrom is null ? null : a.FolioTo is null || a.FolioTo == a.FolioFrom ? a.FolioFrom : $"{a.FolioFrom}–{a.FolioTo}";
        var single = a.FolioTo is null || a.FolioTo == a.FolioFrom;
        var shortParts = new List<string?>
        {
            a.RepositoryAbbr ?? a.Repository,
            Part("f.", a.Fond), Part("op.", a.Opis), Part("p.", a.Papka), Part("d.", a.Delo), Part(single ? "l." : "ll.", folios),
        };
        var ru = uiLang == "ru";
        var longParts = new List<string?>
        {
            a.Repository is null ? a.RepositoryAbbr : a.RepositoryAbbr is null ? a.Repository : $"{a.Repository} ({a.RepositoryAbbr})",
            a.Settlement,
            a.Collection,
            Part(ru ? "фонд" : "fond", a.Fond),
            Part(ru ? "опись" : "inventory (opis)", a.Opis),
            Part(ru ? "папка" : "folder (papka)", a.Papka),
            Part(ru ? "дело" : "file (delo)", a.Delo),
            Part(ru ? (single ? "лист" : "листы") : single ? "folio" : "folios", folios),
        };
        var shortForm = a.Fond is null && a.Delo is null && a.Shelfmark is not null ? Join([a.RepositoryAbbr ?? a.Repository, a.Shelfmark]) : Join(shortParts);
        var longForm = Join(longParts);
        return shortForm.Length == 0 && longForm.Length == 0 && others.Count == 0
            ? null
            : new ArchiveText(a.Repository, a.RepositoryAbbr, a.Settlement, shortForm, longForm) { OtherHoldings = others };
    }

    /// <summary>Only the locator (f. 45, op. 1, d. 339, ll. 64–65), for CSL's archive_location.</summary>
    public static string? Locator(ArchiveView? a)
    {
        if (a is null)
        {
            return null;
        }

        if (Format(a, "en")?.Short is not { Length: > 0 } full)
        {
            return null;
        }

        var prefix = (a.RepositoryAbbr ?? a.Repository) + ", ";
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full[prefix.Length..] : full;
    }

    private static string? Part(string label, string? value) => string.IsNullOrEmpty(value) ? null : $"{label} {value}";

    private static string Join(IEnumerable<string?> parts) => string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
