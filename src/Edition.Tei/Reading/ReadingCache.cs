using Edition.Core.Caching;
using Edition.Tei.Encoding;

namespace Edition.Tei.Reading;

/// <summary>
/// What earlier builds read from each TEI file (<see cref="TeiFileReading"/>), by file name, content hash and
/// reader version: reading depends on the file alone, so an unchanged file is neither parsed nor read again.
/// In memory (for the next build of a long-lived process) and, given a folder, on disk (for the next process).
/// </summary>
/// <param name="spill">Each reading written to disk as it is made, none held (a cache for one build).</param>
public sealed class ReadingCache(string? directory, bool spill = false)
{
    // The reader's own build: a changed reader may read the same bytes differently.
    private static readonly string Reader = typeof(ReadingCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly ContentCache<TeiFileReading> _read = new(directory, ".bin", Encode, Decode, spill);

    public ReadingCache()
        : this(null)
    {
    }

    /// <summary>TEI files whose reading came from the cache, and read anew, in this build.</summary>
    public int Hits => _read.Hits;

    public int Misses => _read.Misses;

    internal TeiFileReading Read(EncodedDocument document)
    {
        var key = Key(document.FileName, document.ContentHash);
        if (_read.Get(key) is { } known)
        {
            return known;
        }

        var read = TeiFileReader.Read(document);
        _read.Put(key, read);
        return read;
    }

    /// <summary>Whether an earlier successful build read a file with these bytes (so they are well-formed XML).</summary>
    public bool Holds(string fileName, string contentHash) => _read.Contains(Key(fileName, contentHash));

    public void Import(string folder) => _read.Import(folder);

    /// <summary>Starts a build: files it does not read are let go at <see cref="Commit"/>.</summary>
    public void Begin() => _read.Begin();

    /// <summary>A failed build: what it wrote to disk as it went is let go.</summary>
    public void Discard() => _read.Discard();

    /// <summary>The first failure to write a reading to disk in this build (that reading is read again next time).</summary>
    public Exception? WriteFailure => _read.WriteFailure;

    /// <summary>After a successful build: new readings to disk; files no longer read (edited or gone) are let go.</summary>
    public void Commit() => _read.Commit();

    private static string Key(string fileName, string contentHash) => CacheKey.Of(Reader, fileName, contentHash);

    // A document's rows hold the very blocks of its texts: they are aligned again on reading back, not stored twice.
    private static byte[] Encode(TeiFileReading reading) => BinaryEntry.Write(
        reading with { Documents = Unaligned(reading.Documents), Parts = Unaligned(reading.Parts) });

    private static TeiFileReading? Decode(byte[] bytes) => BinaryEntry.Read<TeiFileReading>(bytes) is { } reading
        ? reading with { Documents = Aligned(reading.Documents), Parts = Aligned(reading.Parts) }
        : null;

    private static List<DocumentReading> Unaligned(IReadOnlyList<DocumentReading> read) => read.Select(d => d with { View = d.View with { Rows = [] } }).ToList();

    private static List<DocumentReading> Aligned(IReadOnlyList<DocumentReading> read) => read.Select(d => d with { View = d.View with { Rows = RowAligner.Align(d.View.Texts) } }).ToList();
}
