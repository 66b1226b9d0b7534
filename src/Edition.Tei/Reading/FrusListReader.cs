using System.Xml.Linq;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// Reads a FRUS volume's front matter: <c>list[@type='persons']</c> (items holding <c>persName/@xml:id</c>)
/// and <c>list[@type='terms']</c> (<c>term/@xml:id</c>). The rest of an item after the name is its gloss
/// ("Acheson, Dean, Secretary of State"), kept as the entry's note.
/// </summary>
public static class FrusListReader
{
    /// <summary>Person entries of the volume, without occurrences (the edition reader adds them from <c>persName/@corresp</c>).</summary>
    public static IReadOnlyList<EntryView> Persons(XDocument tei) => Read(tei, "persons", "persName", "person");

    /// <summary>Term entries of the volume, with occurrences from <c>gloss/@target</c> and <c>term/@corresp</c> inside documents.</summary>
    /// <param name="documents">The volume's documents (their ids and titles) by the xml:id of their division.</param>
    public static IReadOnlyList<EntryView> Terms(XDocument tei, IReadOnlyDictionary<string, (string Id, string Title)> documents)
    {
        var terms = Read(tei, "terms", "term", "term");
        if (terms.Count == 0)
        {
            return terms;
        }

        var occurrences = new Dictionary<string, List<OccurrenceView>>(StringComparer.Ordinal);
        foreach (var document in tei.Descendants(TeiNames.N("div")).Where(d => d.Attr("type") == "document" && d.Id() is not null))
        {
            var division = document.Id()!;
            var (id, title) = documents.TryGetValue(division, out var known) ? known : (division, division);
            foreach (var e in document.Descendants().Where(e => e.Name == TeiNames.N("gloss") || e.Name == TeiNames.N("term")))
            {
                if (TeiNames.Target(e.Attr("target") ?? e.Attr("corresp")) is { } target)
                {
                    (occurrences.TryGetValue(target, out var list) ? list : occurrences[target] = []).Add(
                        new OccurrenceView(id, title, null, e.Lang() is { Length: > 0 } l ? l : "en", e.Text()));
                }
            }
        }

        return terms.Select(t => t with { Occurrences = occurrences.GetValueOrDefault(t.Id) ?? [] }).ToList();
    }

    private static List<EntryView> Read(XDocument tei, string listType, string nameElement, string kind)
    {
        var entries = new List<EntryView>();
        foreach (var list in tei.Descendants(TeiNames.N("list")).Where(l => l.Attr("type") == listType))
        {
            foreach (var item in list.Elements(TeiNames.N("item")))
            {
                var name = item.Descendants(TeiNames.N(nameElement)).FirstOrDefault(n => n.Id() is not null);
                if (name is null)
                {
                    continue;
                }

                var label = name.Text();
                var whole = item.Text();
                var gloss = whole.StartsWith(label, StringComparison.Ordinal) ? whole[label.Length..].TrimStart(',', ';', ':', ' ').Trim() : whole;
                entries.Add(new EntryView { Id = name.Id()!, Kind = kind, Name = label, Note = gloss.Length > 0 ? gloss : null });
            }
        }

        return entries;
    }
}
