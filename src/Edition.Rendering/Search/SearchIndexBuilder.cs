using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Search;

/// <summary>
/// The offline search index: a script assigning <c>window.EDITION_SEARCH</c> (a .js file, because fetch of
/// file:// fails), with each passage's display text, its folded form, its Latin transliteration, and the
/// transliteration table the search script folds queries with.
/// </summary>
public static class SearchIndexBuilder
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Build(EditionView edition, IReadOnlyList<SearchSegment> segments)
    {
        var documentIndex = edition.Documents.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var docs = new JsonArray(edition.Documents.Select(d => (JsonNode)new JsonArray(d.Id, d.Title, d.Date ?? "")).ToArray());
        var entries = new JsonArray();
        foreach (var s in segments)
        {
            entries.Add(new JsonArray(documentIndex[s.DocumentId], s.Anchor, s.Lang, s.Text.Trim(), s.Folded, s.Latin));
        }

        var table = new JsonObject();
        foreach (var (c, l) in SearchText.Transliteration)
        {
            table[c.ToString()] = l;
        }

        var index = new JsonObject { ["docs"] = docs, ["translit"] = table, ["entries"] = entries };
        return "window.EDITION_SEARCH = " + index.ToJsonString(Options) + ";\n";
    }
}
