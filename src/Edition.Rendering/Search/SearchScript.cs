using System.Buffers;
using System.Text.Json;

namespace Edition.Rendering.Search;

/// <summary>
/// An index file as a script calling the search script (<c>EDITION_SEARCH.NAME(…);</c>): a script, not JSON, because
/// a page opened from disk (file://) may load scripts but not fetch files.
/// </summary>
internal static class SearchScript
{
    // One buffer per thread for every file it writes (each file is copied out of it), grown once to the largest.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <param name="arguments">Each writes one JSON value.</param>
    /// <param name="rawLast">A last argument already written as JSON (a document's passages, kept from its render).</param>
    public static byte[] Call(string function, IEnumerable<Action<Utf8JsonWriter>> arguments, ReadOnlySpan<byte> rawLast = default)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        buffer.Write("EDITION_SEARCH."u8);
        buffer.Write(System.Text.Encoding.ASCII.GetBytes(function));
        buffer.Write("("u8);
        using var json = new Utf8JsonWriter(buffer, SearchJson.Options);
        var first = true;
        foreach (var write in arguments)
        {
            if (!first)
            {
                buffer.Write(","u8);
            }

            json.Reset(buffer);
            write(json);
            json.Flush();
            first = false;
        }

        if (!rawLast.IsEmpty)
        {
            buffer.Write(","u8);
            buffer.Write(rawLast);
        }

        buffer.Write(");\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Ascending document numbers as an array of differences (mostly one or two digits each).</summary>
    public static void WriteDifferences(Utf8JsonWriter json, IEnumerable<int> documents)
    {
        json.WriteStartArray();
        var previous = 0;
        foreach (var d in documents)
        {
            json.WriteNumberValue(d - previous);
            previous = d;
        }

        json.WriteEndArray();
    }
}
