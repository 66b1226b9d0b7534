using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Edition.Rendering.Search;

/// <summary>
/// A document's share of the search index, made when its page is rendered and kept with its cached pages: its
/// passages as the index's document file writes them (a JSON array), then a 0 byte, then the terms it holds, one a
/// line, sorted. Folding is the costly part of an index, so a rebuild reads these instead of folding again.
/// </summary>
public static class DocumentSearchData
{
    public static byte[] Encode(IReadOnlyList<SearchSegment> segments)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, SearchJson.Options))
        {
            json.WriteStartArray();
            foreach (var s in segments)
            {
                json.WriteStartArray();
                json.WriteStringValue(s.Anchor);
                json.WriteStringValue(s.Lang);
                json.WriteStringValue(s.Text.AsSpan().Trim());
                json.WriteStringValue(s.Kind);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        buffer.Write<byte>([0]);
        WriteTerms(buffer, Terms(segments));
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The document's terms, each once, in ordinal order (<see cref="TermCollector"/>).</summary>
    public static string[] Terms(IEnumerable<SearchSegment> segments) => TermCollector.Collect(segments);

    /// <summary>The passages' JSON array.</summary>
    public static ReadOnlySpan<byte> Passages(byte[] data) => data.AsSpan(0, Math.Max(0, data.AsSpan().IndexOf((byte)0)));

    /// <summary>The terms' lines (UTF-8, one term a line), which the index reads without a string per term.</summary>
    public static ReadOnlySpan<byte> TermBytes(byte[] data) => data.AsSpan(data.AsSpan().IndexOf((byte)0) + 1);

    public static string[] Terms(byte[] data)
    {
        var text = TermBytes(data);
        return text.IsEmpty ? [] : Encoding.UTF8.GetString(text).Split('\n');
    }

    /// <summary>The terms as UTF-8, one a line, straight into the buffer.</summary>
    private static void WriteTerms(ArrayBufferWriter<byte> buffer, string[] terms)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            if (i > 0)
            {
                buffer.Write("\n"u8);
            }

            var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(terms[i].Length));
            buffer.Advance(Encoding.UTF8.GetBytes(terms[i], span));
        }
    }
}
