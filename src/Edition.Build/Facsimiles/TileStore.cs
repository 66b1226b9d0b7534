using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Rendering.Facsimiles;

namespace Edition.Build.Facsimiles;

/// <summary>
/// Tiled page images by their bytes' hash: in the build cache's <c>tiles/</c> (kept, like a compiled PDF, for
/// the next build; those no build uses any more are removed), or without a cache in a temporary folder.
/// A merge also finds them in the shards' <c>tiles/</c> folders, and takes them in instead of tiling again.
/// A folder is complete once it has its name: tiles are made (or taken in) beside it and renamed into place.
/// </summary>
internal sealed class TileStore(string? cacheDirectory, IReadOnlyList<string>? imports = null)
{
    private readonly string _directory = cacheDirectory ?? Path.Combine(Path.GetTempPath(), $"edition-tiles-{Environment.ProcessId}-{Guid.NewGuid():N}");
    private readonly bool _temporary = cacheDirectory is null;
    private readonly IReadOnlyList<string> _imports = imports ?? [];

    public string FolderOf(FacsimileImage image) => Path.Combine(_directory, image.ContentHash!);

    public bool Has(FacsimileImage image) => Directory.Exists(FolderOf(image));

    /// <summary>A shard's tiles of this image, if a shard this build merges holds them.</summary>
    public string? ImportOf(FacsimileImage image) =>
        _imports.Select(folder => Path.Combine(folder, image.ContentHash!)).FirstOrDefault(Directory.Exists);

    /// <summary>Takes a shard's tiles of the image in (linked where the file system can); true when it did.</summary>
    public bool TryImport(FacsimileImage image, DiagnosticBag diagnostics) =>
        ImportOf(image) is { } shard && Place(image, diagnostics, pending => TileFolder.Link(shard, pending));

    /// <summary>Tiles the image unless its tiles are there; true when it tiled it.</summary>
    public bool Ensure(FacsimileImage image, DiagnosticBag diagnostics) =>
        !Has(image) && Place(image, diagnostics, pending => IiifTiler.Tile(image, pending));

    /// <summary>Removes what no image of this build uses (a temporary store whole).</summary>
    public void Finish(IReadOnlyList<FacsimileImage> used)
    {
        if (!Directory.Exists(_directory))
        {
            return;
        }

        var keep = used.Select(FolderOf).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(_directory).Where(f => _temporary || !keep.Contains(f)))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private bool Place(FacsimileImage image, DiagnosticBag diagnostics, Action<string> make)
    {
        var pending = FolderOf(image) + $".{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(_directory);
            if (Directory.Exists(pending))
            {
                Directory.Delete(pending, recursive: true);
            }

            make(pending);
            Directory.Move(pending, FolderOf(image));
            return true;
        }
        catch (Exception e) when (e is NetVips.VipsException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(BuildDiagnostics.TilingFailed.At(image.At ?? SourceSpan.None(Core.Source.SourcePaths.Display(image.SourcePath!)), e.Message.Split('\n')[0].Trim()));
            return false;
        }
    }
}
