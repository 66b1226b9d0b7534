using Edition.TestSupport;

namespace Edition.Import.Tests.Wilson;

/// <summary>The imported project is a working edition: it builds, and its TEI is valid against tei_all (jing).</summary>
[Trait("Speed", "Slow")]
public sealed class ImportedTeiTests
{
    [SkippableFact]
    public void ImportedProjectBuildsToValidTei()
    {
        using var project = new TempProject();
        Assert.True(Seed.ImportInto(project).Succeeded);
        var result = ImportedBuild.AssertBuilds(project);

        var files = Directory.GetFiles(Path.Combine(result.OutputDirectory!, "tei"), "*.xml").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var jing = Jing.Validate(Path.Combine(RepoPaths.Shared, "tei", "tei_all.rng"), files);
        Assert.True(jing.ExitCode == 0, jing.StdOut + jing.StdErr);
    }
}
