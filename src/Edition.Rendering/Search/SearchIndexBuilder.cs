using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // Written straight to UTF-8 (a corpus's index is tens of megabytes of text): no tree of JSON nodes first.
    public static string Build(EditionView edition, IReadOnlyList<SearchSegment> segments)
    {
        var documentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < edition.Documents.Count; i++)
        {
            documentIndex.TryAdd(edition.Documents[i].Id, i);
        }

        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("docs");
            foreach (var d in edition.Documents)
            {
                json.WriteStartArray();
                json.WriteStringValue(d.Id);
                json.WriteStringValue(d.Title);
                json.WriteStringValue(d.Date ?? "");
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartObject("translit");
            foreach (var (c, l) in SearchText.Transliteration)
            {
                json.WriteString(c.ToString(), l);
            }

            json.WriteEndObject();
            json.WriteStartArray("entries");
            foreach (var s in segments)
            {
                json.WriteStartArray();
                json.WriteNumberValue(documentIndex[s.DocumentId]);
                json.WriteStringValue(s.Anchor);
                json.WriteStringValue(s.Lang);
                json.WriteStringValue(s.Text.Trim());
                json.WriteStringValue(s.Folded);
                json.WriteStringValue(s.Latin);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return "window.EDITION_SEARCH = " + Encoding.UTF8.GetString(buffer.WrittenSpan) + ";\n";
    }
}
