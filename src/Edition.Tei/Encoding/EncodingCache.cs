using Edition.Core.Caching;

namespace Edition.Tei.Encoding;

/// <summary>
/// TEI-in documents parsed by earlier builds of a long-lived process (<c>edition serve</c>), by path, reused
/// while the file's bytes hash the same: an unchanged file is not parsed again, and the later stages, whose
/// caches are keyed by the same content hash, find the same document. In memory only: a parsed tree does not
/// outlive the process.
/// </summary>
public sealed class EncodingCache
{
    private readonly ContentCache<EncodedDocument> _documents = new(null, "", _ => [], _ => null);

    internal EncodedDocument? Get(string path, string id, string contentHash) =>
        _documents.Get(path) is { } known && known.Id == id && known.ContentHash == contentHash ? known : null;

    internal void Put(string path, EncodedDocument document) => _documents.Put(path, document);

    /// <summary>Starts a build: documents it does not ask for are let go at <see cref="Commit"/>.</summary>
    public void Begin() => _documents.Begin();

    /// <summary>After a successful build: documents no longer in the edition are let go.</summary>
    public void Commit() => _documents.Commit();
}
