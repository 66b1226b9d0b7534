namespace Edition.Build;

/// <summary>
/// What a long-lived process (<c>edition serve</c>, the benchmarks) keeps between its builds: the build caches
/// it opened, in memory (what was read from each TEI file, findings, integrity facts, pages). Everything is keyed
/// by content, so a build in a session writes exactly what a clean build would; it is only faster.
/// </summary>
public sealed class BuildSession
{
    private readonly Dictionary<string, BuildCache> _caches = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The build cache of an output root and edition, opened once per session.</summary>
    public BuildCache Cache(string outputRoot, string editionId)
    {
        var key = Path.GetFullPath(outputRoot) + "\n" + editionId;
        lock (_lock)
        {
            if (!_caches.TryGetValue(key, out var cache))
            {
                _caches[key] = cache = BuildCache.Open(outputRoot, editionId, held: true);
            }

            return cache;
        }
    }
}
