using Edition.Build.Output;

namespace Edition.Build.Pipeline;

/// <summary>
/// Step 6: the staged output opened and the TEI files put in it (<c>tei/</c>). Every file is staged as it is made,
/// so a corpus's pages never all sit in memory, and put in place at the end only if the build succeeds; a shard
/// writes its build cache only.
/// </summary>
internal static class StageTei
{
    public static bool Run(BuildContext build)
    {
        if (build.Plan.Shard is null && (build.Writer = OutputWriter.Open(build.Options.OutputRoot, build.Plan.EditionId, build.Diagnostics, build.Cache?.Manifest)) is null)
        {
            return false;
        }

        // A TEI-in file's bytes go out now and are then let go: the site's copy is read again from the file (and
        // must hash as before), so a corpus's bytes are not held while its pages are rendered.
        var output = build.Output;
        Parallel.ForEach(build.Tei, d =>
        {
            output.Add(d.AsOutput("tei/"));
            d.ReleaseBytes();
        });
        return true;
    }
}
