using System.Buffers;
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

    // A document's entries, each as the index writes it but for the document's number: encoded when the document
    // is rendered, they are kept with its cached pages, so a rebuild copies the index's megabytes of text as
    // they are instead of escaping them again. Each entry follows a 0 byte, which JSON text never holds.
    public static byte[] Entries(IReadOnlyList<SearchSegment> segments)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        var entry = new ArrayBufferWriter<byte>(256);
        using var json = new Utf8JsonWriter(entry, Options);
        foreach (var s in segments)
        {
            entry.ResetWrittenCount();
            json.Reset(entry);
            json.WriteStartArray();
            json.WriteStringValue(s.Anchor);
            json.WriteStringValue(s.Lang);
            json.WriteStringValue(s.Text.Trim());
            json.WriteStringValue(s.Folded);
            json.WriteStringValue(s.Latin);
            json.WriteEndArray();
            json.Flush();

            buffer.Write<byte>([0, (byte)',']);
            buffer.Write(entry.WrittenSpan[1..]); // after its "["
        }

        return buffer.WrittenSpan.ToArray();
    }

    // Written straight to UTF-8 (a corpus's index is tens of megabytes of text): no tree of JSON nodes first.
    /// <param name="entries">Each document's <see cref="Entries"/>, in the order of the index.</param>
    public static byte[] Build(EditionView edition, IReadOnlyList<(string DocumentId, byte[] Entries)> entries)
    {
        // A volume's parts (chapters' own text, front and back matter) are searched too, after the documents.
        IReadOnlyList<DocumentView> pages = [.. edition.Documents, .. edition.Parts];
        var documentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            documentIndex.TryAdd(pages[i].Id, i);
        }

        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        buffer.Write("window.EDITION_SEARCH = "u8);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("docs");
            foreach (var d in pages)
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
            json.WritePropertyName("entries");
            json.Flush();
        }

        buffer.Write("["u8);
        var first = true;
        Span<byte> number = stackalloc byte[11];
        foreach (var (documentId, blob) in entries)
        {
            System.Buffers.Text.Utf8Formatter.TryFormat(documentIndex[documentId], number, out var digits);
            foreach (var range in blob.AsSpan().Split((byte)0))
            {
                var tail = blob.AsSpan(range);
                if (tail.IsEmpty)
                {
                    continue; // before the first entry
                }

                buffer.Write(first ? "["u8 : ",["u8);
                buffer.Write(number[..digits]);
                buffer.Write(tail);
                first = false;
            }
        }

        buffer.Write("]};\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
