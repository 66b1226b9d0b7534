using Edition.Build.Facsimiles;
using Edition.Rendering.Facsimiles;

namespace Edition.Build.Pipeline;

/// <summary>
/// Step 7b: each local page image once, cut into static IIIF tiles (in parallel) and written to <c>site/iiif/</c>.
/// Tiles are kept in the build cache by the image's bytes, so an unchanged image is not tiled again. A shard tiles
/// its own documents' images into its folder (its cache); the merge takes those in and tiles nothing the shards hold.
/// </summary>
internal static class TileFacsimiles
{
    public static void Run(BuildContext build)
    {
        var images = ImagesOf(build);
        if (!build.Plan.Site || images.Count == 0)
        {
            return;
        }

        var store = new TileStore(build.Cache?.TilesDirectory, build.Cache?.ShardTiles);
        var imported = images.Count(i => !store.Has(i) && store.TryImport(i, build.Diagnostics));
        var missing = images.Where(i => !store.Has(i)).ToList();
        if (missing.Count > 0 && !IiifTiler.Available)
        {
            build.Diagnostics.Add(BuildDiagnostics.TilingFailed.At(missing[0].At ?? Core.Text.SourceSpan.None(Core.Source.SourcePaths.Display(missing[0].SourcePath!)), $"libvips is not installed, so {missing.Count} page image(s) cannot be tiled (install Debian's libvips42)"));
            return;
        }

        var made = 0;
        Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / 2) }, image =>
        {
            if (store.Ensure(image, build.Diagnostics))
            {
                Interlocked.Increment(ref made);
            }
        });

        // A shard's tiles stay in its folder, for the merge; only a whole edition's site shows them.
        if (build.Plan.Shard is null)
        {
            foreach (var image in images.Where(store.Has))
            {
                TileOutput.Add(image, store.FolderOf(image), build.View.BaseUrl, build.Output);
            }
        }

        store.Finish(images);
        build.Progress($"tiled {made} page image(s), reused {images.Count - made - imported} from the build cache" + (build.Plan.IsMerge ? $", took {imported} from the shards" : ""));
    }

    /// <summary>A shard's documents' local images, else every one.</summary>
    private static IReadOnlyList<FacsimileImage> ImagesOf(BuildContext build)
    {
        var facsimiles = build.Figures.Facsimiles;
        return build.Plan.Part is { } part ? facsimiles.LocalOf(build.View.Documents.Where((_, i) => part(i))) : facsimiles.Local;
    }
}
