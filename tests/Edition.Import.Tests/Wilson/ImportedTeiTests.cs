using Edition.Build;
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
        // edition.yml names an introduction and principles; an editor's project has them, so the test does too.
        File.WriteAllText(project.Path_("introduction.md"), "Imported for a test.\n");
        File.WriteAllText(project.Path_("principles.md"), "Imported for a test.\n");
        Assert.True(Seed.ImportInto(project).Succeeded);

        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project.Directory, OutputRoot = project.Path_("output") });
        Assert.True(result.OutputDirectory is not null, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Edition.Core.Diagnostics.Severity.Error);

        var files = Directory.GetFiles(Path.Combine(result.OutputDirectory!, "tei"), "*.xml").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var jing = Jing.Validate(Path.Combine(RepoPaths.Shared, "tei", "tei_all.rng"), files);
        Assert.True(jing.ExitCode == 0, jing.StdOut + jing.StdErr);
    }
}
