using Edition.Core.Caching;

namespace Edition.Rendering.Latex;

/// <summary>
/// Each document's LaTeX (its <c>document.tex.sbn</c> output) kept between builds by content key, in a folder
/// of the build cache and in memory for the next build of the same process: an edit inside one document
/// typesets that document alone, and the rest of edition.tex is put together from the kept pieces.
/// </summary>
/// <param name="spill">Each document's LaTeX written to disk as it is made, none held (a cache for one build).</param>
public sealed class PrintCache(string directory, bool spill = false)
{
    private readonly ContentCache<byte[]> _documents = new(directory, ".tex", bytes => bytes, bytes => bytes, spill);

    /// <summary>Documents whose LaTeX came from the cache, and typeset anew, in this build.</summary>
    public int Hits => _documents.Hits;

    public int Misses => _documents.Misses;

    public void Begin() => _documents.Begin();

    public byte[]? Get(string key) => _documents.Get(key);

    public void Put(string key, byte[] tex) => _documents.Put(key, tex);

    /// <summary>A shard's documents: looked up there when not found here (a miss is typeset, not an error).</summary>
    public void Import(string folder) => _documents.Import(folder);

    /// <summary>A failed build: what it wrote to disk as it went is let go.</summary>
    public void Discard() => _documents.Discard();

    /// <summary>The first failure to write a document's LaTeX to disk in this build (it is typeset again next time).</summary>
    public Exception? WriteFailure => _documents.WriteFailure;

    public void Commit() => _documents.Commit();
}
