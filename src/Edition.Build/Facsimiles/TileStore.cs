using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Rendering.Facsimiles;

namespace Edition.Build.Facsimiles;

/// <summary>
/// Tiled page images by their bytes' hash: in the build cache's <c>tiles/</c> (kept, like a compiled PDF, for
/// the next build; those no build uses any more are removed), or without a cache in a temporary folder.
/// A folder is complete once it has its name: tiles are made beside it and renamed into place.
/// </summary>
internal sealed class TileStore(string? cacheDirectory)
{
    private readonly string _directory = cacheDirectory ?? Path.Combine(Path.GetTempPath(), $"edition-tiles-{Environment.ProcessId}-{Guid.NewGuid():N}");
    private readonly bool _temporary = cacheDirectory is null;

    public string FolderOf(FacsimileImage image) => Path.Combine(_directory, image.ContentHash!);

    public bool Has(FacsimileImage image) => Directory.Exists(FolderOf(image));

    /// <summary>Tiles the image unless its tiles are there; true when it tiled it.</summary>
    public bool Ensure(FacsimileImage image, DiagnosticBag diagnostics)
    {
        if (Has(image))
        {
            return false;
        }

        var pending = FolderOf(image) + $".{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(_directory);
            if (Directory.Exists(pending))
            {
                Directory.Delete(pending, recursive: true);
            }

            IiifTiler.Tile(image, pending);
            Directory.Move(pending, FolderOf(image));
            return true;
        }
        catch (Exception e) when (e is NetVips.VipsException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(BuildDiagnostics.TilingFailed.At(SourceSpan.None(Core.Source.SourcePaths.Display(image.SourcePath!)), e.Message.Split('\n')[0].Trim()));
            return false;
        }
    }

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
}
