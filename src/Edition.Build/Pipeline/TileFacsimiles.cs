using Edition.Build.Facsimiles;
using Edition.Rendering.Facsimiles;

namespace Edition.Build.Pipeline;

/// <summary>
/// Step 7b: each local page image once, cut into static IIIF tiles (in parallel) and written to <c>site/iiif/</c>.
/// Tiles are kept in the build cache by the image's bytes, so an unchanged image is not tiled again.
/// </summary>
internal static class TileFacsimiles
{
    public static void Run(BuildContext build)
    {
        var images = build.Figures.Facsimiles.Local;
        if (!build.Plan.Site || build.Plan.Shard is not null || images.Count == 0)
        {
            return;
        }

        if (!IiifTiler.Available)
        {
            build.Diagnostics.Add(BuildDiagnostics.TilingFailed.At(Core.Text.SourceSpan.None(Core.Source.SourcePaths.Display(images[0].SourcePath!)), $"libvips is not installed, so {images.Count} page image(s) cannot be tiled (install Debian's libvips42)"));
            return;
        }

        var store = new TileStore(build.Cache?.TilesDirectory);
        var made = 0;
        Parallel.ForEach(images, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / 2) }, image =>
        {
            if (store.Ensure(image, build.Diagnostics))
            {
                Interlocked.Increment(ref made);
            }
        });

        foreach (var image in images.Where(store.Has))
        {
            TileOutput.Add(image, store.FolderOf(image), build.View.BaseUrl, build.Output);
        }

        store.Finish(images);
        build.Progress($"tiled {made} page image(s), reused {images.Count - made} from the build cache");
    }
}
