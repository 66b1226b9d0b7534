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
    /// <summary>Words longer than this are not indexed (no one types them; they are noise or encoded data).</summary>
    private const int LongestTerm = 60;

    public static byte[] Encode(IReadOnlyList<SearchSegment> segments)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, SearchJson.Options))
        {
            json.WriteStartArray();
            foreach (var s in segments)
            {
                json.WriteStartArray();
                json.WriteStringValue(s.Anchor);
                json.WriteStringValue(s.Lang);
                json.WriteStringValue(s.Text.Trim());
                json.WriteStringValue(s.Kind);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        buffer.Write<byte>([0]);
        buffer.Write(Encoding.UTF8.GetBytes(string.Join('\n', Terms(segments))));
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The document's terms, each once, in ordinal order (gathered in a hash set and sorted once: a sorted set's
    /// comparisons per word were most of the site's search cost).</summary>
    public static List<string> Terms(IEnumerable<SearchSegment> segments)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in segments)
        {
            AddWords(terms, expanded, SearchText.Fold(s.Text));

            // A word with an umlaut is also found by its spelling with ae, oe, ue.
            if (SearchText.HasUmlaut(s.Text))
            {
                AddWords(terms, null, SearchText.Fold(s.Text, umlautDigraphs: true));
            }
        }

        var sorted = new List<string>(terms);
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>Adds each word of a folded text, with its other terms unless <paramref name="expanded"/> is null
    /// (which also remembers the words whose terms were added, so a repeated word costs one lookup).</summary>
    private static void AddWords(HashSet<string> terms, HashSet<string>? expanded, string folded)
    {
        var seen = (expanded ?? terms).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in folded.AsSpan().Split(' '))
        {
            var word = folded.AsSpan(range);
            if (word.IsEmpty || word.Length > LongestTerm || seen.Contains(word))
            {
                continue;
            }

            var text = word.ToString();
            if (expanded is null)
            {
                terms.Add(text);
                continue;
            }

            expanded.Add(text);
            SearchText.AddTerms(text, terms);
        }
    }

    /// <summary>The passages' JSON array.</summary>
    public static ReadOnlySpan<byte> Passages(byte[] data) => data.AsSpan(0, Math.Max(0, data.AsSpan().IndexOf((byte)0)));

    public static string[] Terms(byte[] data)
    {
        var text = data.AsSpan(data.AsSpan().IndexOf((byte)0) + 1);
        return text.IsEmpty ? [] : Encoding.UTF8.GetString(text).Split('\n');
    }
}
