using Edition.Rendering.Html.Models;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>What every page may link to: the indexed persons and places, the documents in date order, and the volumes' structure.</summary>
public sealed class SiteIndex
{
    public SiteIndex(EditionView edition, Labels labels)
    {
        PersonIds = edition.Persons.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        PlaceIds = edition.Places.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var parts = edition.Parts.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Documents = edition.Documents.Select(d => Item(d, labels, parts)).ToList();
        Volumes = new VolumeNavigation(edition, parts, labels);
        Listing = edition.Parts.Count == 0 ? Documents : Volumes.Listing(edition, Documents);
    }

    public HashSet<string> PersonIds { get; }

    public HashSet<string> PlaceIds { get; }

    /// <summary>In the reader's order (date, then id); <c>Href</c> is relative to the language tree's base.</summary>
    public List<DocumentListItem> Documents { get; }

    /// <summary>What the list of documents shows: <see cref="Documents"/>; where volumes have parts, each volume in its own order, under its headings.</summary>
    public List<DocumentListItem> Listing { get; }

    public VolumeNavigation Volumes { get; }

    private DocumentListItem Item(DocumentView d, Labels labels, Dictionary<string, DocumentView> parts) => new()
    {
        Id = d.Id,
        Title = DocumentLabel.Of(d, labels),
        Href = LinkResolver.DocumentPath(d.Id),
        Date = d.Date,
        DateText = labels.Date(d.Date),
        Summary = d.Summary,
        DocumentType = d.DocumentType,
        Persons = d.PersonIds.Where(PersonIds.Contains).ToList(),
        Places = d.PlaceIds.Where(PlaceIds.Contains).ToList(),
        Langs = d.Texts.Select(t => t.Lang).Where(l => l.Length > 0).Distinct().ToList(),
        Volume = d.Matter is null ? null : d.SourceTitle,
        Chapter = d.PartId is { } p && parts.TryGetValue(p, out var part) ? DocumentLabel.Of(part, labels) : null,
        ChapterHref = d.PartId is null ? null : LinkResolver.DocumentPath(d.PartId),
        Groups = VolumeNavigation.Ancestors(d, parts).Select(a => a.Id).ToList(),
    };
}
