using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Edition.Tei.Encoding;

/// <summary>
/// TEI-in documents parsed by earlier builds of a long-lived process (<c>edition serve</c>), by path and the
/// SHA-256 of their bytes: an unchanged file is not parsed again, and the later stages, whose caches are
/// keyed by the same content, find the same document. In memory only: a parsed tree does not outlive the process.
/// </summary>
public sealed class EncodingCache
{
    private readonly ConcurrentDictionary<string, (string Hash, EncodedDocument Document)> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);

    internal EncodedDocument? Get(string path, string id, byte[] bytes)
    {
        _used[path] = 0;
        return _documents.TryGetValue(path, out var known) && known.Document.Id == id && known.Hash == Hash(bytes) ? known.Document : null;
    }

    internal void Put(string path, byte[] bytes, EncodedDocument document) => _documents[path] = (Hash(bytes), document);

    /// <summary>After a build: documents no longer in the edition are let go.</summary>
    public void Prune()
    {
        foreach (var path in _documents.Keys.Where(p => !_used.ContainsKey(p)))
        {
            _documents.TryRemove(path, out _);
        }

        _used.Clear();
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
