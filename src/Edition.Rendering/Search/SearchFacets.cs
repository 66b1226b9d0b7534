using System.Text.Json;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Search;

/// <summary>
/// The facets a search's results can be narrowed by: document type, year, language, person and place. Each facet is
/// a file of its own, its values with their documents (as differences), fetched only when a reader opens the filters;
/// the script counts each value among the results by intersecting its documents with theirs.
/// </summary>
internal static class SearchFacets
{
    public static readonly string[] Names = ["type", "year", "lang", "person", "place"];

    public static IEnumerable<(string Name, byte[] Script)> Scripts(EditionView edition, IReadOnlyList<DocumentView> pages)
    {
        var persons = edition.Persons.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var places = edition.Places.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var values = Values(pages, d => name switch
            {
                "type" => d.DocumentType is { Length: > 0 } type ? [type] : [],
                "year" => d.Date is { Length: >= 4 } date && date[..4].All(char.IsAsciiDigit) ? [date[..4]] : [],
                "lang" => d.Texts.Where(t => t.Lang.Length > 0 && t.Role != "witness").Select(t => t.LanguageName.Length > 0 ? t.LanguageName : t.Lang),
                "person" => d.PersonIds.Select(id => persons.GetValueOrDefault(id)).OfType<string>(),
                _ => d.PlaceIds.Select(id => places.GetValueOrDefault(id)).OfType<string>(),
            });
            if (values.Count > 0)
            {
                yield return (name, Script(name, values));
            }
        }
    }

    private static SortedDictionary<string, List<int>> Values(IReadOnlyList<DocumentView> pages, Func<DocumentView, IEnumerable<string>> of)
    {
        var values = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var value in of(pages[i]).Distinct(StringComparer.Ordinal))
            {
                if (!values.TryGetValue(value, out var documents))
                {
                    values[value] = documents = [];
                }

                documents.Add(i);
            }
        }

        return values;
    }

    private static byte[] Script(string name, SortedDictionary<string, List<int>> values)
    {
        return SearchScript.Call("facet", [json => json.WriteStringValue(name), json =>
        {
            json.WriteStartArray();
            foreach (var (value, documents) in values)
            {
                json.WriteStartArray();
                json.WriteStringValue(value);
                SearchScript.WriteDifferences(json, documents);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }]);
    }
}
