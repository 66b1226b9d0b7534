using Edition.Rendering.Figures;

namespace Edition.Build.Pipeline;

/// <summary>
/// Step 7a: the images of the edition's figures, found once for the site and the print edition (a missing or
/// refused image reported once, at its graphic's line); files are read only when the output is written.
/// </summary>
internal static class ResolveFigures
{
    public static void Run(BuildContext build)
    {
        if (build.Plan.Site || build.Plan.Print)
        {
            build.Figures = FigureImages.Resolve(build.View, build.Tei, build.Source.Root, build.Diagnostics);
            build.Figures.Facsimiles = Rendering.Facsimiles.FacsimileImages.Resolve(build.View, build.Tei, build.Source.Root, build.Diagnostics, Facsimiles.FacsimileOrigins.Of(build.Source));
        }
    }
}
