namespace Edition.Rendering.Search;

/// <summary>
/// The index's terms cut into shards a query fetches one by one: by their first two letters (a skeleton's after its
/// mark), and a shard past <see cref="Limit"/> bytes cut again by the next letter, up to keys of
/// <see cref="LongestKey"/> letters. A term lives in the shard of the longest key it starts with, so the search script
/// finds it from the list of keys alone.
/// </summary>
public static class TermShards
{
    public const int Limit = 24 * 1024;

    public const int LongestKey = 6;

    public sealed record TermShard(string Key, IReadOnlyList<(string Term, int[] Documents)> Terms);

    /// <param name="terms">Every term with its documents, sorted by term (ordinal), so the terms of a key (those it is a
    /// prefix of) are a run of the list, and a shard is a slice of it.</param>
    public static List<TermShard> Split(IReadOnlyList<(string Term, int[] Documents)> terms)
    {
        var all = terms as (string Term, int[] Documents)[] ?? [.. terms];
        var shards = new List<TermShard>();
        for (var start = 0; start < all.Length;)
        {
            var key = BaseKey(all[start].Term);
            var end = start + 1;
            while (end < all.Length && BaseKeyIs(all[end].Term, key))
            {
                end++;
            }

            Partition(key, new ArraySegment<(string Term, int[] Documents)>(all, start, end - start), shards);
            start = end;
        }

        return shards;
    }

    private static int BaseKeyLength(string term) => term[0] == SearchText.SkeletonMark ? 3 : 2;

    private static string BaseKey(string term) => term.Length <= BaseKeyLength(term) ? term : term[..BaseKeyLength(term)];

    private static bool BaseKeyIs(string term, string key) => term.AsSpan(0, Math.Min(term.Length, BaseKeyLength(term))).SequenceEqual(key);

    private static void Partition(string key, ArraySegment<(string Term, int[] Documents)> terms, List<TermShard> shards)
    {
        if (key.Length >= LongestKey || Size(terms) <= Limit)
        {
            shards.Add(new TermShard(key, terms));
            return;
        }

        // The term that is the key itself (first, as it sorts before the longer ones) stays; the rest go down by
        // their next letter.
        var start = terms[0].Term.Length == key.Length ? 1 : 0;
        if (start == 1)
        {
            shards.Add(new TermShard(key, terms[..1]));
        }

        while (start < terms.Count)
        {
            var next = terms[start].Term[..(key.Length + 1)];
            var end = start + 1;
            while (end < terms.Count && terms[end].Term.AsSpan().StartsWith(next, StringComparison.Ordinal))
            {
                end++;
            }

            Partition(next, terms[start..end], shards);
            start = end;
        }
    }

    private static int Size(ArraySegment<(string Term, int[] Documents)> terms)
    {
        var size = 0;
        foreach (var (term, documents) in terms)
        {
            size += Size(term, documents);
        }

        return size;
    }

    /// <summary>About what the term takes in its shard: its quoted text and its documents as differences.</summary>
    private static int Size(string term, int[] documents)
    {
        var size = term.Length * 2 + 6;
        var previous = 0;
        foreach (var d in documents)
        {
            size += Digits(d - previous) + 1;
            previous = d;
        }

        return size;
    }

    private static int Digits(int n) => n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : 5 + (n >= 100000 ? 1 : 0);

    /// <summary>A key as a file name: its UTF-16 code units in hex, four digits each (keys are letters of any script, and may end inside a surrogate pair).</summary>
    public static string FileName(string key) => string.Concat(key.Select(c => ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));
}
