using System.Security.Cryptography;
using System.Text;

namespace Edition.Rendering.Html;

/// <summary>
/// Rendered document pages kept between builds, one file per content key under a folder outside the
/// site (the build cache), and in memory for the next build of the same process (<c>edition serve</c>). A key
/// names every input of the pages, so a hit is the very bytes a render would produce; entries no build used
/// are pruned, so the folder holds one build's worth.
/// </summary>
public sealed class PageCache(string directory)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _memory = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = [];
    private readonly Lock _lock = new();
    private int _hits;
    private int _misses;

    /// <summary>A merge of shards: every document's pages must come from a shard; a miss is an error, not a render.</summary>
    public bool Strict { get; set; }

    public int Hits => _hits;

    public int Misses => _misses;

    /// <summary>Starts a build: counters and the record of used entries begin again.</summary>
    public void Begin()
    {
        lock (_lock)
        {
            _used.Clear();
        }

        _hits = 0;
        _misses = 0;
    }

    /// <summary>A key from parts, hashed (SHA-256, hex) so it is a safe file name.</summary>
    public static string Key(params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <param name="counted">Whether the lookup counts in <see cref="Hits"/> and <see cref="Misses"/>, which count document page sets.</param>
    public byte[]? Get(string key, bool counted = true)
    {
        var path = Path.Combine(directory, key);
        lock (_lock)
        {
            _used.Add(key);
        }

        var found = _memory.TryGetValue(key, out var known) ? known : File.Exists(path) ? _memory[key] = File.ReadAllBytes(path) : null;
        if (counted)
        {
            Interlocked.Increment(ref found is null ? ref _misses : ref _hits);
        }

        return found;
    }

    /// <summary>Takes in the entries of another cache folder (a shard's), to be written here if this build uses them.</summary>
    public void Import(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal)))
        {
            var key = Path.GetFileName(file);
            _memory[key] = _pending[key] = File.ReadAllBytes(file);
        }
    }

    /// <summary>Kept in memory; on disk only when the build succeeds (<see cref="Commit"/>): a failed build writes nothing.</summary>
    public void Put(string key, byte[] content)
    {
        _memory[key] = content;
        _pending[key] = content;
    }

    /// <summary>After a successful build: new entries to disk (each written beside and renamed into place, so a crash
    /// never leaves a torn one), and the entries this build did not ask for (stale pages of edited documents) gone.</summary>
    public void Commit()
    {
        if (!_pending.IsEmpty)
        {
            Directory.CreateDirectory(directory);
            Parallel.ForEach(_pending.Where(e => _used.Contains(e.Key)), entry =>
            {
                var path = Path.Combine(directory, entry.Key);
                File.WriteAllBytes(path + ".tmp", entry.Value);
                File.Move(path + ".tmp", path, overwrite: true);
            });
            _pending.Clear();
        }

        foreach (var key in _memory.Keys.Where(k => !_used.Contains(k)))
        {
            _memory.TryRemove(key, out _);
        }

        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(directory))
        {
            if (!_used.Contains(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }
    }
}
