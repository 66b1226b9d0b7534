using System.Security.Cryptography;
using System.Text;

namespace Edition.Rendering.Html;

/// <summary>
/// Rendered document pages kept between builds, one file per content key under a folder outside the
/// site (the build cache). A key names every input of the pages, so a hit is the very bytes a render
/// would produce; entries no build used are pruned, so the folder holds one build's worth.
/// </summary>
public sealed class PageCache(string directory)
{
    private readonly HashSet<string> _used = [];
    private readonly Lock _lock = new();
    private int _hits;
    private int _misses;

    public int Hits => _hits;

    public int Misses => _misses;

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

    public byte[]? Get(string key)
    {
        var path = Path.Combine(directory, key);
        lock (_lock)
        {
            _used.Add(key);
        }

        if (File.Exists(path))
        {
            Interlocked.Increment(ref _hits);
            return File.ReadAllBytes(path);
        }

        Interlocked.Increment(ref _misses);
        return null;
    }

    /// <summary>Written beside and renamed into place, so a crash never leaves a torn entry.</summary>
    public void Put(string key, byte[] content)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, key);
        var temporary = path + "." + Environment.CurrentManagedThreadId + ".tmp";
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Deletes the entries this build did not ask for (stale pages of edited documents).</summary>
    public void Prune()
    {
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
