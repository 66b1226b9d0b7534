using Edition.Tei.Encoding;

namespace Edition.Build;

/// <summary>
/// What a long-lived process (<c>edition serve</c>, the benchmarks) keeps between its builds: parsed TEI-in
/// documents and the build caches it opened (with what was read from each TEI file), in memory. Everything is keyed
/// by content, so a build in a session writes exactly what a clean build would; it is only faster.
/// </summary>
public sealed class BuildSession
{
    private readonly Dictionary<string, BuildCache> _caches = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public EncodingCache Encoding { get; } = new();

    /// <summary>The build cache of an output root and edition, opened once per session.</summary>
    public BuildCache Cache(string outputRoot, string editionId)
    {
        var key = Path.GetFullPath(outputRoot) + "\n" + editionId;
        lock (_lock)
        {
            if (!_caches.TryGetValue(key, out var cache))
            {
                _caches[key] = cache = BuildCache.Open(outputRoot, editionId);
            }

            return cache;
        }
    }

    /// <summary>Starts a build: what it does not use is let go when it succeeds.</summary>
    internal void Begin()
    {
        Encoding.Begin();
    }

    /// <summary>After a successful build: documents it no longer has are let go.</summary>
    internal void Commit()
    {
        Encoding.Commit();
    }
}
