using Edition.Core.Conventions;
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
    /// <param name="cache">What earlier builds read from each TEI file, by content (null: read every file).</param>
    /// <param name="conventions">The conventions the edition may use (null: the shipped ones).</param>
    public static EditionView Read(EditionInfo info, IReadOnlyList<EncodedDocument> tei, ReadingCache? cache = null, ConventionCatalog? conventions = null) =>
        Assemble(info, tei, tei.AsParallel().AsOrdered().Select(t => ReadFile(t, cache)).OfType<TeiFileReading>().ToList(), conventions);

    /// <summary>What one TEI file yields (null for the edition's persons and places lists, read by <see cref="Assemble"/>).</summary>
    public static TeiFileReading? ReadFile(EncodedDocument file, ReadingCache? cache = null) =>
        file.FileName is TeiIds.PersonsFile or TeiIds.PlacesFile ? null : cache?.Read(file) ?? TeiFileReader.Read(file);

    /// <summary>The edition's view from what each of its TEI files yielded (in the files' order) and its persons and places lists.</summary>
    public static EditionView Assemble(EditionInfo info, IReadOnlyList<EncodedDocument> tei, IReadOnlyList<TeiFileReading> files, ConventionCatalog? conventions = null)
    {
        var read = files.SelectMany(f => f.Documents.Concat(f.Parts)).ToList();
        var documents = files.SelectMany(f => f.Documents).Select(r => Dated(r.View, info.DateAttributes)).OrderBy(d => d.Date ?? "", StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        var mentions = read.SelectMany(r => r.Mentions.Select(m => (Doc: r.View, Mention: m))).ToLookup(m => (m.Mention.Kind, m.Mention.Id));

        List<EntryView> Entries(string file, string kind) =>
            tei.FirstOrDefault(t => t.FileName == file) is { } list
                ? AuthorityReader.Read(list.Tei, kind).Select(e => e with
                {
                    Occurrences = mentions[(kind, e.Id)].Select(m => Occurrence(m.Doc, m.Mention)).ToList(),
                }).ToList()
                : [];

        var persons = Entries(TeiIds.PersonsFile, "person");
        var authority = persons.Select(p => p.Id).ToHashSet(StringComparer.Ordinal); // persons.yml's entries win their ids
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
            UiLanguagesSpan = info.UiLanguagesSpan,
            PrintTexts = info.PrintTexts.ToString().ToLowerInvariant(),
            PrintFacsimiles = info.PrintFacsimiles.ToString().ToLowerInvariant(),
            Introduction = info.Introduction,
            Principles = info.Principles,
            Documents = documents,
            Parts = files.SelectMany(f => f.Parts).Select(r => r.View).ToList(),
            Persons = persons.Concat(VolumeEntries(files, f => f.Persons, (file, e) => mentions[("person", e.Id)].Where(m => m.Doc.TeiFile == file).Select(m => Occurrence(m.Doc, m.Mention)))
                .Where(e => !authority.Contains(e.Id))).ToList(),
            Terms = VolumeEntries(files, f => f.Terms, (_, e) => e.Occurrences).ToList(),
            Places = Entries(TeiIds.PlacesFile, "place"),
            Files = files.Select(f => new TeiFileView(f.FileName, f.Anchors)).ToList(),
            Convention = info.Convention,
            Conventions = conventions ?? ConventionCatalog.Shipped,
        };
    }

    /// <summary>A document dated by the edition's own attributes (<c>date_attributes</c>), the first it has; else as the reader dated it.</summary>
    private static DocumentView Dated(DocumentView d, IReadOnlyList<string> attributes)
    {
        foreach (var name in attributes)
        {
            if (d.Attributes.FirstOrDefault(a => a.Key == name).Value is { } value && DocumentDates.Normalize(value) is { } date)
            {
                return d with { Date = date };
            }
        }

        return d;
    }

    private static OccurrenceView Occurrence(DocumentView document, Mention m) => new(document.Id, document.Title, m.Segment, m.Lang, m.Form);

    /// <summary>
    /// The entries of the volumes' front matter (persons, terms), one per id: volumes of a series reuse their ids
    /// for the same person (FRUS's p_AD1 is Dean Acheson in every volume that lists him), so an entry listed by
    /// several volumes keeps the first one's name and note and gathers each volume's occurrences, in file order.
    /// </summary>
    private static IEnumerable<EntryView> VolumeEntries(IReadOnlyList<TeiFileReading> files, Func<TeiFileReading, IReadOnlyList<EntryView>> entries, Func<string, EntryView, IEnumerable<OccurrenceView>> occurrences) =>
        files.SelectMany(f => entries(f).Select(e => (File: f.FileName, Entry: e)))
            .GroupBy(x => x.Entry.Id, StringComparer.Ordinal)
            .Select(g => g.First().Entry with
            {
                Occurrences = g.DistinctBy(x => x.File, StringComparer.Ordinal).SelectMany(x => occurrences(x.File, x.Entry)).ToList(),
            });
}
