using Edition.Core.Text;

namespace Edition.Build.Pipeline;

/// <summary>Step 9 of a shard: its output is its cache entries (findings, pages, typeset documents) and shard.json, written only when it all succeeded.</summary>
internal static class WriteShard
{
    public static BuildResult Run(BuildContext build)
    {
        if (build.HasErrors)
        {
            return build.Failed();
        }

        var shard = build.Plan.Shard!;
        var cache = build.Cache!;
        var folder = Path.GetFullPath(Path.Combine(build.Options.OutputRoot, build.Plan.OutputName));
        if (!TryWrite(build, folder, shard, cache))
        {
            return build.Failed();
        }

        build.Progress($"Shard {shard}: {cache.Validation.Hits + cache.Validation.Misses} TEI file(s) validated, {cache.Pages.Hits + cache.Pages.Misses} document page set(s) rendered; merge the shards with `edition merge`");
        var written = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        return new BuildResult(build.Diagnostics.Sorted(), folder, written)
        {
            PagesRendered = cache.Pages.Misses,
            PagesReused = cache.Pages.Hits,
            FilesValidated = cache.Validation.Misses,
            FilesValidationReused = cache.Validation.Hits,
            DocumentsTypeset = cache.Print.Misses,
        };
    }

    private static bool TryWrite(BuildContext build, string folder, Shard shard, BuildCache cache)
    {
        try
        {
            Directory.CreateDirectory(folder);
            cache.Commit();
            // A shard's cache is its output: an entry that could not be written is a part the merge would lack.
            if (cache.WriteFailure is { } failure)
            {
                throw failure;
            }

            new ShardManifest(build.Plan.EditionId, shard.Index, shard.Count) { Format = ShardManifest.CurrentFormat }.Save(folder);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            build.Diagnostics.Add(BuildDiagnostics.OutputNotWritten.At(SourceSpan.None(folder), $"cannot write the shard: {e.Message}"));
            return false;
        }
    }
}
