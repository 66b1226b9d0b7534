using System.Security.Cryptography;
using Edition.Core.Caching;
using Edition.Core.Output;
using Edition.Rendering.Html;
using Latex = Edition.Rendering.Latex;
using Edition.Tei.Reading;
using Edition.Tei.Validation;

namespace Edition.Build;

/// <summary>
/// The build cache, <c>&lt;out&gt;/.&lt;id&gt;.cache/</c>, beside the output and never inside it: what was read from
/// each TEI file, each file's validation findings and integrity facts, each document's rendered pages and its
/// LaTeX, by content key, and the PDF by the hash of the LaTeX it was compiled from. Every entry is keyed by its inputs, so reusing one gives what a clean build would.
/// </summary>
public sealed class BuildCache
{
    private readonly string _directory;
    private readonly string _pdfDirectory;
    private bool _committed;

    /// <param name="held">
    /// Whether entries are also held in memory, for the next build of the same process (a session's cache); a
    /// cache that serves one build writes each entry to disk as it is made and holds none, so a corpus's views,
    /// findings, page indexes and LaTeX are not held a second time as cache entries.
    /// </param>
    private BuildCache(string directory, bool held)
    {
        _directory = directory;
        Reading = new ReadingCache(Path.Combine(directory, "read"), spill: !held);
        Pages = new PageCache(Path.Combine(directory, "pages"), spill: !held);
        Validation = new ValidationCache(Path.Combine(directory, "validation"), spill: !held);
        Print = new Latex.PrintCache(Path.Combine(directory, "print"), spill: !held);
        _pdfDirectory = Path.Combine(directory, "pdf");
        Manifest = new Output.OutputManifest(Path.Combine(directory, "output.manifest"));
    }

    /// <summary>What a cache folder holds at its top (a shard's folder adds its shard.json).</summary>
    public static bool IsOwnEntry(string name) => name is "read" or "pages" or "validation" or "print" or "pdf" or "tiles" or "schemas" or "output.manifest" or ShardManifest.FileName;

    public ReadingCache Reading { get; }

    public PageCache Pages { get; }

    public ValidationCache Validation { get; }

    public Latex.PrintCache Print { get; }

    public Output.OutputManifest Manifest { get; }

    /// <summary>Compiled RELAX NG schemas (see <c>Validation/SchemaCacheLocation</c>).</summary>
    public string SchemasDirectory => Path.Combine(_directory, "schemas");

    /// <summary>Tiled page images, one folder per image's bytes (see <c>Facsimiles/TileStore</c>).</summary>
    public string TilesDirectory => Path.Combine(_directory, "tiles");

    /// <summary>The shards' tiled page images a merge takes in (empty: not a merge).</summary>
    public IReadOnlyList<string> ShardTiles { get; private set; } = [];

    /// <param name="held">Whether entries stay in memory for later builds of this process (see the constructor).</param>
    public static BuildCache Open(string outputRoot, string editionId, bool held = false) => new(FolderOf(outputRoot, editionId), held);

    /// <summary>Where an edition's build cache lives: beside its output folder, never in it.</summary>
    public static string FolderOf(string outputRoot, string editionId) => Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.cache"));

    /// <summary>A cache in a folder of its own, for one build: a shard's output.</summary>
    public static BuildCache At(string directory) => new(Path.GetFullPath(directory), held: false);

    /// <summary>
    /// A merge: the shards' entries are taken in, and every document's findings and pages must come from them
    /// (a miss is reported, not made good), so the merged edition is what the shards validated and rendered.
    /// </summary>
    public void ImportShards(IReadOnlyList<string> shardFolders)
    {
        ShardTiles = shardFolders.Select(f => Path.Combine(f, "tiles")).ToList();
        foreach (var folder in shardFolders)
        {
            Reading.Import(Path.Combine(folder, "read"));
            Pages.Import(Path.Combine(folder, "pages"));
            Validation.Import(Path.Combine(folder, "validation"));
            Print.Import(Path.Combine(folder, "print"));
        }

        Pages.Strict = true;
        Validation.Strict = true;
    }

    /// <summary>The PDF compiled earlier from exactly these print files (edition.tex and its style), if any.</summary>
    public byte[]? FindPdf(IReadOnlyList<OutputFile> print)
    {
        var path = Path.Combine(_pdfDirectory, PdfKey(print) + ".pdf");
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public void StorePdf(IReadOnlyList<OutputFile> print, byte[] pdf)
    {
        var key = PdfKey(print);
        var path = Path.Combine(_pdfDirectory, key + ".pdf");
        if (File.Exists(path))
        {
            return;
        }

        // One PDF is kept: the previous edition.tex's is stale once this one exists.
        if (Directory.Exists(_pdfDirectory))
        {
            Directory.Delete(_pdfDirectory, recursive: true);
        }

        Directory.CreateDirectory(_pdfDirectory);
        File.WriteAllBytes(path + ".tmp", pdf);
        File.Move(path + ".tmp", path);
    }

    /// <summary>
    /// Starts a build (a cache may serve many in one process): hit counts and used entries begin again. The
    /// attempt returned, disposed without a <see cref="Commit"/> (the build failed or threw), takes away what the
    /// build wrote to the cache as it went, and the cache folder itself if the build made it (all but a PDF it
    /// compiled, which is valid by its key), so a failed build leaves the cache as it found it.
    /// </summary>
    public IDisposable Begin()
    {
        Reading.Begin();
        Pages.Begin();
        Validation.Begin();
        Print.Begin();
        _committed = false;
        return new Attempt(this, Directory.Exists(_directory));
    }

    /// <summary>After a successful write: new entries to disk, entries no longer asked for gone.</summary>
    public void Commit()
    {
        _committed = true;
        Reading.Commit();
        Pages.Commit();
        Validation.Commit();
        Print.Commit();
    }

    /// <summary>The first failure to write an entry to disk as it was made, in this build: that work is done again next time.</summary>
    public Exception? WriteFailure => Reading.WriteFailure ?? Validation.WriteFailure ?? Pages.WriteFailure ?? Print.WriteFailure;

    private sealed class Attempt(BuildCache cache, bool folderExisted) : IDisposable
    {
        public void Dispose()
        {
            if (cache._committed)
            {
                return;
            }

            try
            {
                cache.Reading.Discard();
                cache.Pages.Discard();
                cache.Validation.Discard();
                cache.Print.Discard();
                // A cache folder this build made goes, but for a PDF it compiled (kept by its LaTeX's hash, and
                // minutes of work): the output may have failed after it, e.g. with the PDF open in a viewer.
                if (!folderExisted && Directory.Exists(cache._directory))
                {
                    foreach (var entry in Directory.EnumerateFileSystemEntries(cache._directory).Where(e => e != cache._pdfDirectory).ToList())
                    {
                        if (Directory.Exists(entry))
                        {
                            Directory.Delete(entry, recursive: true);
                        }
                        else
                        {
                            File.Delete(entry);
                        }
                    }

                    if (!Directory.EnumerateFileSystemEntries(cache._directory).Any())
                    {
                        Directory.Delete(cache._directory);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Never in place, so never trusted: the next build's Begin discards what is left. The build's own
                // diagnostics (or exception) are what the editor must see, not this.
            }
        }
    }

    private static string PdfKey(IReadOnlyList<OutputFile> print) => CacheKey.Of(
        print.OrderBy(f => f.RelativePath, StringComparer.Ordinal).SelectMany(f => new[] { f.RelativePath, Convert.ToHexStringLower(SHA256.HashData(f.Content)) }));
}
