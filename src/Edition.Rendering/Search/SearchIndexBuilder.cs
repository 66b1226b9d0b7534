using System.Buffers;
using System.Text;
using System.Text.Json;
using Edition.Core.Output;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Search;

/// <summary>
/// The offline search index, in fragments a query fetches only as it needs them (all under <c>assets/search/</c>,
/// each a script, because fetch of file:// fails): <c>index.js</c> (the shards' keys, the facets there are, the
/// folding and spelling tables), <c>t/KEY.js</c> (a shard of terms, each with its documents), <c>d/N.js</c> (a
/// document's title, date and passages, fetched for the results shown) and <c>f/NAME.js</c> (a facet).
/// </summary>
public static class SearchIndexBuilder
{
    public const string Folder = "site/assets/search/";

    /// <param name="entries">Each document's <see cref="DocumentSearchData"/>, read when wanted (twice: for its terms, then its file), so a corpus's entries are never all held.</param>
    public static IEnumerable<OutputFile> Build(EditionView edition, IReadOnlyList<(string DocumentId, Func<byte[]> Entries)> entries)
    {
        // A volume's parts (chapters' own text, front and back matter) are searched too, after the documents.
        IReadOnlyList<DocumentView> pages = [.. edition.Documents, .. edition.Parts];
        var number = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            number.TryAdd(pages[i].Id, i);
        }

        var documents = entries.Select(e => (Number: number[e.DocumentId], e.Entries)).OrderBy(e => e.Number).ToList();
        var shards = TermShards.Split(Postings(documents));
        var facets = SearchFacets.Scripts(edition, pages).ToList();
        yield return new OutputFile(Folder + "index.js", Meta(pages.Count, shards, facets.Select(f => f.Name)));
        foreach (var shard in shards)
        {
            yield return new OutputFile(Folder + "t/" + TermShards.FileName(shard.Key) + ".js", Shard(shard));
        }

        foreach (var (n, data) in documents)
        {
            yield return new OutputFile(Folder + "d/" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".js", Document(n, pages[n], data()));
        }

        foreach (var (name, script) in facets)
        {
            yield return new OutputFile(Folder + "f/" + name + ".js", script);
        }
    }

    /// <summary>Every term with the documents that hold it, in term order. A document's terms are read as spans of one
    /// decoded buffer, so only a term not met before becomes a string.</summary>
    private static (string Term, int[] Documents)[] Postings(List<(int Number, Func<byte[]> Entries)> documents)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = postings.GetAlternateLookup<ReadOnlySpan<char>>();
        var chars = ArrayPool<char>.Shared.Rent(4096);
        foreach (var (n, data) in documents)
        {
            var bytes = DocumentSearchData.TermBytes(data());
            if (Encoding.UTF8.GetMaxCharCount(bytes.Length) > chars.Length)
            {
                ArrayPool<char>.Shared.Return(chars);
                chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
            }

            var text = chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, chars));
            foreach (var range in text.Split('\n'))
            {
                AddPosting(lookup, text[range], n);
            }
        }

        ArrayPool<char>.Shared.Return(chars);
        return Sorted(postings);
    }

    private static void AddPosting(Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> postings, ReadOnlySpan<char> term, int n)
    {
        if (term.IsEmpty)
        {
            return;
        }

        if (!postings.TryGetValue(term, out var list))
        {
            postings[term] = list = [];
        }

        if (list.Count == 0 || list[^1] != n)
        {
            list.Add(n);
        }
    }

    private static (string Term, int[] Documents)[] Sorted(Dictionary<string, List<int>> postings)
    {
        var terms = new string[postings.Count];
        var entries = new (string Term, int[] Documents)[postings.Count];
        var i = 0;
        foreach (var (term, list) in postings)
        {
            terms[i] = term;
            entries[i++] = (term, list.ToArray());
        }

        Array.Sort(terms, entries, StringComparer.Ordinal);
        return entries;
    }

    private static byte[] Meta(int documentCount, List<TermShards.TermShard> shards, IEnumerable<string> facets) => SearchScript.Call("meta", [json =>
    {
        json.WriteStartObject();
        json.WriteNumber("documents", documentCount);
        json.WriteStartArray("keys");
        foreach (var shard in shards.Select(s => s.Key).Order(StringComparer.Ordinal))
        {
            json.WriteStringValue(shard);
        }

        json.WriteEndArray();
        json.WriteStartArray("facets");
        facets.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        Table(json, "letters", SearchText.Letters.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value));
        Table(json, "alphabetic", Transliteration.Alphabetic);
        Table(json, "abjad", Transliteration.Abjad);
        json.WriteEndObject();
    }]);

    private static void Table(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, string> table)
    {
        json.WriteStartObject(name);
        foreach (var (from, to) in table.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            json.WriteString(from, to);
        }

        json.WriteEndObject();
    }

    private static byte[] Shard(TermShards.TermShard shard) => SearchScript.Call("shard", [json => json.WriteStringValue(shard.Key), json =>
    {
        json.WriteStartObject();
        foreach (var (term, documents) in shard.Terms)
        {
            json.WritePropertyName(term);
            SearchScript.WriteDifferences(json, documents);
        }

        json.WriteEndObject();
    }]);

    private static byte[] Document(int n, DocumentView d, byte[] data) => SearchScript.Call("document", [
        json => json.WriteNumberValue(n),
        json =>
        {
            json.WriteStartArray();
            json.WriteStringValue(d.Id);
            json.WriteStringValue(d.Title.Length > 0 ? d.Title : d.Incipit ?? d.Id);
            json.WriteStringValue(d.Date ?? "");
            json.WriteEndArray();
        },
    ], DocumentSearchData.Passages(data));
}
