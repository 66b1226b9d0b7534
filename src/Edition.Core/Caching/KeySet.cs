using System.Runtime.InteropServices;

namespace Edition.Core.Caching;

/// <summary>
/// A set of cache keys, safe for concurrent use. A key made by <see cref="CacheKey"/> (64 lower-case hex digits) is
/// held as its 32 bytes, not as a 64-character string with a dictionary node of its own: a corpus build records
/// tens of thousands of keys used (about 190 bytes each as strings, 4.5 MiB at 3,000 documents, held to the end of
/// the build). Any other key is held as it is.
/// </summary>
internal sealed class KeySet
{
    private readonly Lock _gate = new();
    private readonly HashSet<Hash> _hashes = [];
    private readonly HashSet<string> _others = new(StringComparer.Ordinal);

    public bool IsEmpty
    {
        get
        {
            lock (_gate)
            {
                return _hashes.Count == 0 && _others.Count == 0;
            }
        }
    }

    public void Add(string key) => Change(key, add: true);

    public void Remove(string key) => Change(key, add: false);

    public bool Contains(string key)
    {
        var hash = Hash.Parse(key);
        lock (_gate)
        {
            return hash is { } h ? _hashes.Contains(h) : _others.Contains(key);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _hashes.Clear();
            _hashes.TrimExcess();
            _others.Clear();
        }
    }

    /// <summary>The keys, as they were added (a snapshot).</summary>
    public IReadOnlyList<string> Keys()
    {
        lock (_gate)
        {
            return [.. _hashes.Select(h => h.ToString()), .. _others];
        }
    }

    private void Change(string key, bool add)
    {
        var hash = Hash.Parse(key);
        lock (_gate)
        {
            _ = (hash, add) switch
            {
                ({ } h, true) => _hashes.Add(h),
                ({ } h, false) => _hashes.Remove(h),
                (null, true) => _others.Add(key),
                _ => _others.Remove(key),
            };
        }
    }

    /// <summary>A SHA-256 as four words.</summary>
    private readonly record struct Hash(ulong A, ulong B, ulong C, ulong D)
    {
        /// <summary>The hash a key spells, or null when it is not 64 lower-case hex digits (it would not read back the same).</summary>
        public static Hash? Parse(string key)
        {
            if (key.Length != 64 || key.AsSpan().ContainsAnyExcept("0123456789abcdef"))
            {
                return null;
            }

            Span<byte> bytes = stackalloc byte[32];
            Convert.FromHexString(key, bytes, out _, out _);
            var words = MemoryMarshal.Cast<byte, ulong>(bytes);
            return new Hash(words[0], words[1], words[2], words[3]);
        }

        public override string ToString()
        {
            Span<ulong> words = [A, B, C, D];
            return Convert.ToHexStringLower(MemoryMarshal.AsBytes(words));
        }
    }
}
