using Edition.Rendering.Html;

namespace Edition.Build.Pipeline;

/// <summary>Step 7: the static site (<c>site/</c>), or for a shard its documents' pages into its cache.</summary>
internal static class RenderSite
{
    public static void Run(BuildContext build)
    {
        if (!build.Plan.Site)
        {
            return;
        }

        var progress = build.Progress;
        progress($"Rendering the site ({build.View.Documents.Count} document page(s))");
        SiteRenderer.Render(build.View, build.Tei, build.Templates, build.Diagnostics, build.Output, build.Cache?.Pages, build.Plan.Part, total => new StepProgress(progress, total, "document page set(s) done").Done, build.Figures);
        if (build.Cache is { } cache)
        {
            progress($"rendered {cache.Pages.Misses} of {cache.Pages.Hits + cache.Pages.Misses} document page set(s) (a document's page and cite page per UI language), reused the rest and, when no list changed, the edition's own pages from the build cache");
        }
    }
}
