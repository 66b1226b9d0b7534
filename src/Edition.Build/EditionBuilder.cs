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
    private const int CorpusDocuments = 100;

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
        ReleaseMemory(build);
        RenderSite.Run(build);
        ReleaseMemory(build);
        RenderPrint.Run(build);
        ReleaseMemory(build);
        return build.Plan.Shard is null ? WriteOutput.Run(build) : WriteShard.Run(build);
    }

    /// <summary>
    /// Between stages of a corpus's one-off build, what the last stage left is collected and the collector's free
    /// memory given back to the system: the build's peak is set late, by the collector's headroom more than by what
    /// it holds (peak RSS per further MB of TEI 2.9 → 2.3 MiB at 1,000 / 3,000 documents). A long-lived process
    /// (<c>edition serve</c>) keeps its heap for the next build, and a small edition's heap is not worth a collection.
    /// </summary>
    private static void ReleaseMemory(BuildContext build)
    {
        if (build.Options.Session is null && build.Tei.Count >= CorpusDocuments)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}
