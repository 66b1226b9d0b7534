using Edition.Core.Source.Model;
using Edition.Core.Text;

namespace Edition.Build.Pipeline;

/// <summary>Step 9: the staged edition put in place (the old edition or the new one, never a mix), then the build cache.</summary>
internal static class WriteOutput
{
    public static BuildResult Run(BuildContext build)
    {
        if (build.HasErrors)
        {
            return build.Failed();
        }

        var writer = build.Writer!;
        var files = writer.Files;
        build.Progress($"Writing {files.Count} file(s)");
        if (writer.Commit(build.Diagnostics) is not { } written)
        {
            return build.Failed();
        }

        if (build.Cache is { } cache)
        {
            CommitCache(build, cache);
        }

        return Result(build, written, files);
    }

    /// <summary>The edition is written: a cache that could not be written costs the next build time, not this one its output.</summary>
    private static void CommitCache(BuildContext build, BuildCache cache)
    {
        Exception? failure = null;
        try
        {
            cache.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = e;
        }

        if ((failure ?? cache.WriteFailure) is { } reported)
        {
            build.Diagnostics.Add(BuildDiagnostics.CacheNotWritten.At(SourceSpan.None(BuildCache.FolderOf(build.Options.OutputRoot, build.Plan.EditionId)), reported.Message));
        }
    }

    private static BuildResult Result(BuildContext build, string written, IReadOnlyList<string> files)
    {
        var cache = build.Cache;
        var documents = build.View.Documents.Count;
        return new BuildResult(build.Diagnostics.Sorted(), written, files)
        {
            PagesRendered = cache?.Pages.Misses ?? documents,
            PagesReused = cache?.Pages.Hits ?? 0,
            FilesValidated = cache?.Validation.Misses ?? (build.Plan.Validation == ValidationPolicy.Off ? 0 : build.Tei.Count),
            FilesValidationReused = cache?.Validation.Hits ?? 0,
            FilesRead = cache?.Reading.Misses ?? build.View.Files.Count,
            FilesReadReused = cache?.Reading.Hits ?? 0,
            TeiInFilesParsed = build.TeiInFilesParsed,
            DocumentsTypeset = cache?.Print.Misses ?? (build.Plan.Print ? documents : 0),
            DocumentsTypesetReused = cache?.Print.Hits ?? 0,
        };
    }
}
