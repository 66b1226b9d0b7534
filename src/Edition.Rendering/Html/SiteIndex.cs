using Edition.Rendering.Html.Models;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>What every page may link to: the indexed persons and places, and the documents in date order.</summary>
public sealed class SiteIndex
{
    public SiteIndex(EditionView edition, string uiLang)
    {
        PersonIds = edition.Persons.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        PlaceIds = edition.Places.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Documents = edition.Documents.Select(d => new DocumentListItem
        {
            Id = d.Id,
            Title = d.Title,
            Href = LinkResolver.DocumentPath(d.Id),
            Date = d.Date,
            DateText = DateText.Format(d.Date, uiLang),
            Summary = d.Summary,
            DocumentType = d.DocumentType,
            Persons = d.PersonIds.Where(PersonIds.Contains).ToList(),
            Places = d.PlaceIds.Where(PlaceIds.Contains).ToList(),
            Langs = d.Texts.Select(t => t.Lang).Where(l => l.Length > 0).Distinct().ToList(),
        }).ToList();
    }

    public HashSet<string> PersonIds { get; }

    public HashSet<string> PlaceIds { get; }

    /// <summary>In the reader's order (date, then id); <c>Href</c> is relative to the language tree's base.</summary>
    public List<DocumentListItem> Documents { get; }
}
