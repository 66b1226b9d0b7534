using System.Globalization;

namespace Edition.Build;

/// <summary>
/// <c>--shard i/N</c>: one of N parts of a corpus build, for N machines (a CI matrix). Part i validates every
/// N-th TEI file and renders every N-th document, starting with the i-th, into a shard folder of build-cache
/// entries; <c>edition merge</c> puts the shards together into the edition a single build would write.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>"i/N" with 1 ≤ i ≤ N, else null.</summary>
    public static Shard? Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && i >= 1 && i <= n
            ? new Shard(i, n)
            : null;
    }

    /// <summary>Whether the item at this position (TEI files by name, documents in reading order) is this shard's.</summary>
    public bool Holds(int position) => position % Count == Index - 1;

    /// <summary>The shard's folder under the output root.</summary>
    public string FolderName(string editionId) => $"{editionId}.shard-{Index}-of-{Count}";

    public override string ToString() => $"{Index}/{Count}";
}
