using Edition.Build.Output;

namespace Edition.Build.Pipeline;

/// <summary>
/// Step 2: the build's hold on its output and cache, once the output is known to be Edition's own (never the
/// sources, never a folder of files the build did not write). One build at a time writes an output and its cache (<c>edition
/// serve</c> and <c>edition build</c> on one folder); a merge takes in the shards' caches here.
/// </summary>
internal static class ClaimOutput
{
    public static bool Run(BuildContext build)
    {
        var plan = build.Plan;
        if (!plan.ValidateOnly && !OutputContainment.Check(build.Options.ProjectDirectory, build.Options.OutputRoot, plan.OutputName, build.Diagnostics, plan.Shard is null ? null : BuildCache.IsOwnEntry))
        {
            return false;
        }

        if (!plan.ValidateOnly && (build.Lock = BuildLock.Take(build.Options.OutputRoot, plan.OutputName, build.Diagnostics)) is null)
        {
            return false;
        }

        // A killed build's output moved aside is put back even when this build fails before writing.
        if (!plan.ValidateOnly && plan.Shard is null && !OutputWriter.Recover(build.Options.OutputRoot, plan.OutputName, build.Diagnostics))
        {
            return false;
        }

        build.Cache = OpenCache(build.Options, plan);
        // A build that fails takes away what it wrote to the cache as it went.
        build.CacheAttempt = build.Cache?.Begin();
        return !plan.IsMerge || build.Cache is null || ImportShards(build);
    }

    private static BuildCache? OpenCache(BuildOptions options, BuildPlan plan) => plan.Cache switch
    {
        CacheMode.ShardOutput => BuildCache.At(Path.GetFullPath(Path.Combine(options.OutputRoot, plan.OutputName))),
        CacheMode.Edition => options.Session?.Cache(options.OutputRoot, plan.EditionId) ?? BuildCache.Open(options.OutputRoot, plan.EditionId),
        _ => null,
    };

    private static bool ImportShards(BuildContext build)
    {
        if (ShardManifest.LoadAll(build.Plan.MergeShards, build.Plan.EditionId, build.Diagnostics) is not { } shards)
        {
            return false;
        }

        build.Progress($"Merging {shards.Count} shard(s)");
        build.Cache!.ImportShards(shards.Select(s => s.Folder).ToList());
        return true;
    }
}
