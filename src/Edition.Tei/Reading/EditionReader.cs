using System.Xml.Linq;
using Edition.Core.Source.Model;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// The Read stage: the edition's TEI (never the authoring model) into view models for templates. The
/// edition-level metadata comes from edition.yml, as there is no edition-level TEI file.
/// </summary>
public static class EditionReader
{
    /// <param name="cache">Views read by earlier builds of this process (null: read every file).</param>
    public static EditionView Read(EditionInfo info, IReadOnlyList<EncodedDocument> tei, ReadingCache? cache = null)
    {
        var read = tei.Where(t => t.FileName is not (TeiIds.PersonsFile or TeiIds.PlacesFile))
            .AsParallel().AsOrdered()
            .SelectMany(t => cache?.Read(t) ?? DocumentReader.Read(t.FileName, t.Tei))
            .ToList();
        var documents = read.Select(r => r.View).OrderBy(d => d.Date ?? "", StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        var mentions = read.SelectMany(r => r.Mentions.Select(m => (Doc: r.View, m.Kind, m.Id, m.Segment, m.Lang, m.Form))).ToList();

        List<EntryView> Entries(string file, string kind) =>
            tei.FirstOrDefault(t => t.FileName == file) is { } list
                ? AuthorityReader.Read(list.Tei, kind).Select(e => e with
                {
                    Occurrences = mentions.Where(m => m.Kind == kind && m.Id == e.Id)
                        .Select(m => new OccurrenceView(m.Doc.Id, m.Doc.Title, m.Segment, m.Lang, m.Form)).ToList(),
                }).ToList()
                : [];

        var volumes = tei.Where(t => t.IsPassThrough).ToList();
        return new EditionView
        {
            Id = info.Id,
            Title = info.Title,
            Subtitle = info.Subtitle,
            Editors = info.Editors.Select(e => KeyValuePair.Create(e.Name, e.Role)).ToList(),
            Publisher = info.Publisher,
            Licence = info.Licence?.Name,
            LicenceUrl = info.Licence?.Url,
            BaseUrl = info.BaseUrl,
            Languages = info.Languages,
            UiLanguages = info.UiLanguages,
            Introduction = info.Introduction,
            Principles = info.Principles,
            Documents = documents,
            Persons = Entries(TeiIds.PersonsFile, "person").Concat(FrusEntries(volumes, mentions, v => FrusListReader.Persons(v.Tei))).DistinctBy(e => e.Id, StringComparer.Ordinal).ToList(),
            Terms = FrusEntries(volumes, [], v => FrusListReader.Terms(v.Tei, documents.Where(d => d.TeiFile == v.FileName).ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal))).DistinctBy(e => e.Id, StringComparer.Ordinal).ToList(),
            Places = Entries(TeiIds.PlacesFile, "place"),
        };
    }

    /// <summary>
    /// Index entries a TEI-in volume declares in its front matter (FRUS persons and terms). A person's
    /// occurrences are the <c>persName/@corresp</c> mentions of documents in the same file, so two volumes
    /// may reuse an id without sharing occurrences; the first volume's entry wins the id on the site.
    /// </summary>
    private static IEnumerable<EntryView> FrusEntries(List<EncodedDocument> volumes, List<(DocumentView Doc, string Kind, string Id, string? Segment, string Lang, string Form)> mentions, Func<EncodedDocument, IReadOnlyList<EntryView>> read) =>
        volumes.SelectMany(v => read(v).Select(e => e.Kind != "person" ? e : e with
        {
            Occurrences = mentions.Where(m => m.Kind == "person" && m.Id == e.Id && m.Doc.TeiFile == v.FileName)
                .Select(m => new OccurrenceView(m.Doc.Id, m.Doc.Title, m.Segment, m.Lang, m.Form)).ToList(),
        }));
}
