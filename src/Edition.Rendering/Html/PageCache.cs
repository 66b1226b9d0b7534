using Edition.Core.Caching;

namespace Edition.Rendering.Html;

/// <summary>
/// Rendered document pages kept between builds, one file per content key under a folder outside the
/// site (the build cache), and in memory for the next build of the same process (<c>edition serve</c>). A key
/// names every input of the pages, so a hit is the very bytes a render would produce; entries no build used
/// are pruned, so the folder holds one build's worth. A document's page set is kept as an index (paths,
/// content hashes, search entries) and, in <c>content/</c>, the pages' bytes, read only if they must be written
/// and never held in memory.
/// </summary>
/// <param name="spill">Index entries, too, written to disk as they are made and not held (a cache for one build).</param>
public sealed class PageCache(string directory, bool spill = false)
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], object> _decoded = [];
    private readonly ContentCache<byte[]> _entries = new(directory, "", bytes => bytes, bytes => bytes, spill);
    // A corpus's pages are its largest output: spilled to disk as rendered, read back only to be written.
    private readonly ContentCache<byte[]> _contents = new(Path.Combine(directory, "content"), "", bytes => bytes, bytes => bytes, spill: true);

    /// <summary>A merge of shards: every document's pages must come from a shard; a miss is an error, not a render.</summary>
    public bool Strict { get => _entries.Strict; set => _entries.Strict = value; }

    /// <summary>Document page sets found in the cache and rendered anew in this build.</summary>
    public int Hits => _entries.Hits;

    public int Misses => _entries.Misses;

    public void Begin()
    {
        _entries.Begin();
        _contents.Begin();
    }

    /// <param name="counted">Whether the lookup counts in <see cref="Hits"/> and <see cref="Misses"/>, which count document page sets.</param>
    public byte[]? Get(string key, bool counted = true) => _entries.Get(key, counted);

    /// <summary>
    /// An entry decoded once per entry: a long-lived process gets the same bytes back build after build, so it
    /// need not read a thousand page sets back into objects each time. Decoded objects are never changed.
    /// </summary>
    public T Decode<T>(byte[] entry, Func<byte[], T> decode)
        where T : class => (T)_decoded.GetValue(entry, bytes => decode(bytes));

    public void Put(string key, byte[] content) => _entries.Put(key, content);

    /// <summary>The bytes that go with an index entry (a document's pages), kept apart so that a hit need not read them.</summary>
    public void PutContent(string key, byte[] content) => _contents.Put(key, content);

    /// <summary>Whether an index entry's bytes are held; marks them used, so they are kept, without reading them.</summary>
    public bool KeepContent(string key) => _contents.Keep(key);

    /// <summary>
    /// One file's bytes from an index entry's, read from disk when a page must be written: only that range, so
    /// a rebuild that writes one of a document's pages need not read them all, and nothing read is kept.
    /// </summary>
    /// <param name="total">The length the index says the entry's bytes have: any other means a damaged entry.</param>
    public byte[] Content(string key, long offset, int length, long total)
    {
        var path = _contents.PathOf(key) ?? throw new IOException($"the build cache lost the pages of entry {key}: run the build again with --no-cache");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.RandomAccess);
        if (stream.Length != total || offset < 0 || offset + length > total)
        {
            throw new IOException($"a build cache entry of pages is damaged ({stream.Length} bytes, {total} expected): run the build again with --no-cache");
        }

        var bytes = new byte[length];
        stream.Position = offset;
        stream.ReadExactly(bytes);
        return bytes;
    }

    public void Import(string folder)
    {
        _entries.Import(folder);
        _contents.Import(Path.Combine(folder, "content"));
    }

    /// <summary>A failed build: what it wrote to disk as it went is let go.</summary>
    public void Discard()
    {
        _entries.Discard();
        _contents.Discard();
    }

    /// <summary>The first failure to write a page set to disk in this build (it is rendered again next time).</summary>
    public Exception? WriteFailure => _entries.WriteFailure ?? _contents.WriteFailure;

    public void Commit()
    {
        _entries.Commit();
        _contents.Commit();
    }
}
