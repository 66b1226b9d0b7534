using Edition.TestSupport;

namespace Edition.Build.Tests;

/// <summary>The generated TEI is valid against the official tei_all.rng, as the field's reference validator (jing) judges it.</summary>
[Trait("Speed", "Slow")]
public sealed class TeiAllValidityTests(SampleBuild build) : IClassFixture<SampleBuild>
{
    [SkippableFact]
    public void SampleTeiIsValidAgainstTeiAllWithJing()
    {
        var schema = Path.Combine(RepoPaths.Shared, "tei", "tei_all.rng");
        var files = Directory.GetFiles(build.TeiFolder, "*.xml").Order(StringComparer.Ordinal).ToArray();
        var result = Jing.Validate(schema, files);
        Assert.True(result.ExitCode == 0, $"jing reports:\n{result.StdOut}{result.StdErr}");
    }

    [SkippableFact]
    public void ScaffoldedEditionIsValidAgainstTeiAllWithJing()
    {
        var root = Path.Combine(Path.GetTempPath(), "edition-new-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (_, error) = Scaffold.EditionScaffold.Create(Path.Combine(root, "my-edition"));
            Assert.Null(error);
            var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = Path.Combine(root, "my-edition"), OutputRoot = Path.Combine(root, "out"), Pdf = false });
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            var jing = Jing.Validate(Path.Combine(RepoPaths.Shared, "tei", "tei_all.rng"), Directory.GetFiles(Path.Combine(result.OutputDirectory!, "tei")));
            Assert.True(jing.ExitCode == 0, jing.StdOut + jing.StdErr);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
