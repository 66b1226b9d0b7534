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

    /// <param name="terms">Every term with its documents, sorted by term (ordinal).</param>
    public static List<TermShard> Split(IReadOnlyList<(string Term, int[] Documents)> terms)
    {
        var shards = new List<TermShard>();
        foreach (var group in terms.GroupBy(t => BaseKey(t.Term)))
        {
            Partition(group.Key, [.. group], shards);
        }

        return shards;
    }

    private static string BaseKey(string term)
    {
        var length = term[0] == SearchText.SkeletonMark ? 3 : 2;
        return term.Length <= length ? term : term[..length];
    }

    private static void Partition(string key, List<(string Term, int[] Documents)> terms, List<TermShard> shards)
    {
        if (key.Length >= LongestKey || terms.Sum(t => Size(t.Term, t.Documents)) <= Limit)
        {
            shards.Add(new TermShard(key, terms));
            return;
        }

        // The term that is the key itself stays; the rest go down by their next letter.
        var own = terms.Where(t => t.Term.Length == key.Length).ToList();
        if (own.Count > 0)
        {
            shards.Add(new TermShard(key, own));
        }

        foreach (var group in terms.Where(t => t.Term.Length > key.Length).GroupBy(t => t.Term[..(key.Length + 1)]))
        {
            Partition(group.Key, [.. group], shards);
        }
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
