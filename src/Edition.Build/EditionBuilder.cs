using Edition.Build.Pipeline;

namespace Edition.Build;

/// <summary>
/// <c>edition build</c>: the pipeline, as its steps over one <see cref="BuildContext"/>. Each step records its
/// findings in one bag; the build stops after a step that recorded errors, and then writes nothing. What kind of
/// build this is (validate only, a shard, a merge, incremental) is decided once, as the <see cref="BuildPlan"/>
/// the steps consult. The site and the print edition are both rendered before the build stops on their errors, so
/// an editor sees the findings of both at once.
/// </summary>
public static class EditionBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        using var build = new BuildContext(options);
        if (!(LoadSources.Run(build) && ClaimOutput.Run(build) && EncodeTei.Run(build) && ValidateAndRead.Run(build)))
        {
            return build.Failed();
        }

        if (build.Plan.ValidateOnly)
        {
            return build.Validated();
        }

        if (!AssembleEdition.Run(build) || !StageTei.Run(build))
        {
            return build.Failed();
        }

        ResolveFigures.Run(build);
        TileFacsimiles.Run(build);
        RenderSite.Run(build);
        RenderPrint.Run(build);
        return build.Plan.Shard is null ? WriteOutput.Run(build) : WriteShard.Run(build);
    }
}
