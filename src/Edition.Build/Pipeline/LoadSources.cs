using Edition.Core.Source;

namespace Edition.Build.Pipeline;

/// <summary>Step 1: the project's sources (edition.yml, documents, authority lists), loaded and checked; then the plan they imply.</summary>
internal static class LoadSources
{
    public static bool Run(BuildContext build)
    {
        build.Progress("Loading sources");
        if (SourceLoader.Load(build.Options.ProjectDirectory, build.Diagnostics) is not { } source || build.HasErrors)
        {
            return false;
        }

        build.Source = source;
        build.Plan = BuildPlan.For(build.Options, source.Info);
        return true;
    }
}
