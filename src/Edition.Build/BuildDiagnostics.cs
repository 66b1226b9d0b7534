using Edition.Core.Diagnostics;

namespace Edition.Build;

/// <summary>The findings of the build's output, lock, cache and shards (ED6xxx; ED6101 is <see cref="Tei.Validation.ValidationDiagnostics.NotInShards"/>).</summary>
public static class BuildDiagnostics
{
    public static readonly DiagnosticDescriptor OutputNotWritten = new(
        "ED6001", Severity.Error, "Output not written", "{0}",
        "The output (or a shard) could not be written: permissions, a full disk, a file in the way. Nothing of the failed build is left half-written.");

    public static readonly DiagnosticDescriptor OutputBusy = new(
        "ED6003", Severity.Error, "Output busy", "another Edition build (or `edition serve`) is writing this output; wait for it to finish, or give this build another --out (lock: {0})",
        "Another build, or `edition serve`, holds the lock of the same output folder (exit code 3). Wait for it to finish, or build into another --out; `edition serve` builds again once it is done.");

    public static readonly DiagnosticDescriptor LockFailed = new(
        "ED6004", Severity.Error, "Output lock not taken", "cannot lock the output for this build: {0}",
        "The lock file beside the output folder could not be made or locked (permissions, a file system without locks).");

    public static readonly DiagnosticDescriptor CacheNotWritten = new(
        "ED6005", Severity.Warning, "Build cache not written", "the build cache could not be written ({0}): the edition is complete; the next build does again the work the cache would have saved",
        "An entry of the build cache could not be written (a full disk, say). The edition is complete; the next build does again the work the cache would have saved.");

    public static readonly DiagnosticDescriptor OutputNotOwn = new(
        "ED6006", Severity.Error, "Output folder not the edition's own", "{0}",
        "The folder the build would write is not Edition's to replace: the project's own folder or one holding it, a folder outside --out (an id that is a path), a link, or a folder of other files (not empty, and no tei/, site/ or print/). A build swaps its output folder whole, so it refuses before touching anything. Choose another --out or id.");

    public static readonly DiagnosticDescriptor StateDamaged = new(
        "ED6007", Severity.Warning, "Build state damaged", "{0} is damaged, of another version of Edition, or names a path outside its folder: it is discarded, and {1}",
        "State a build keeps on disk (the record of the last written output, in the build cache) failed its check: its format, version or checksum is wrong, or it names a path outside the output. It is never followed but discarded; the build then does the work the state would have saved, so the output equals a clean build's.");

    public static readonly DiagnosticDescriptor NotAShard = new(
        "ED6102", Severity.Error, "Not a shard of this edition", "{0}",
        "`edition merge` was given a folder that is not a shard of this edition, no folder, or shards that are not parts 1 to N, each once. The merge writes nothing.");

    public static readonly DiagnosticDescriptor TilingFailed = new(
        "ED5130", Severity.Error, "Page image not tiled", "page image not cut into IIIF tiles: {0}",
        "A page image passed the source check (its header is a PNG's or a JPEG's) but libvips could not read its pixels, usually because the file is damaged or cut short: export the page again. Or libvips itself is not installed (Debian: apt-get install libvips42).");
}
