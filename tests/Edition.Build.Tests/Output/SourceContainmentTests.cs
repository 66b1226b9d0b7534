using Edition.Build.Tests.Incremental;
using Edition.Core.Source.Model;

namespace Edition.Build.Tests.Output;

/// <summary>An edition reads and publishes its own files only: a path or a link in its sources that leads out of the project is an error, at the line that names it.</summary>
public sealed class SourceContainmentTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-sources-" + Guid.NewGuid().ToString("N")[..12]);

    [Theory]
    [InlineData("introduction: ../secret.md")]
    [InlineData("principles: SECRET_ABSOLUTE")]
    [InlineData("introduction: linked.md")]
    public void AnIntroductionOutsideTheProjectIsAnErrorAtItsLine(string line)
    {
        var project = TestCorpus.Synthetic(_root, 1);
        var secret = Path.Combine(_root, "secret.md");
        File.WriteAllText(secret, "SECRET TEXT");
        File.CreateSymbolicLink(Path.Combine(project, "linked.md"), secret);
        File.AppendAllText(Path.Combine(project, "edition.yml"), line.Replace("SECRET_ABSOLUTE", secret, StringComparison.Ordinal) + "\n");

        var result = Build(project);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "ED1014");
        Assert.Equal(5, error.Span.Line);
        Assert.EndsWith("edition.yml", error.Span.File, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out", "synth")));
    }

    [Fact]
    public void ADocumentsEntryLinkingOutOfTheProjectIsAnErrorAndNotRead()
    {
        var project = TestCorpus.Synthetic(_root, 1);
        var outside = Path.Combine(_root, "elsewhere");
        TestCorpus.Synthetic(outside, 1);
        Directory.CreateSymbolicLink(Path.Combine(project, "documents", "linked"), Path.Combine(outside, "synth", "documents"));

        var result = Build(project);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "ED1015");
        Assert.Contains("outside the project", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("templates/html/_foot.sbn")]
    [InlineData("templates/html/assets/extra.css")]
    public void ATemplateOrAssetLinkingOutOfTheProjectIsAnErrorAndNotPublished(string file)
    {
        var project = TestCorpus.Synthetic(_root, 1);
        var secret = Path.Combine(_root, "secret.txt");
        File.WriteAllText(secret, "SECRET TEXT");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(project, file))!);
        File.CreateSymbolicLink(Path.Combine(project, file), secret);

        var result = Build(project);

        Assert.False(result.Succeeded);
        Assert.Single(result.Diagnostics, d => d.Code == "ED1016");
        Assert.False(Directory.Exists(Path.Combine(_root, "out", "synth")));
    }

    [Fact]
    public void ALinkInsideTheProjectIsTheProjectsOwn()
    {
        var project = TestCorpus.Synthetic(_root, 1);
        File.WriteAllText(Path.Combine(project, "intro.md"), "Our *introduction*.");
        File.CreateSymbolicLink(Path.Combine(project, "linked.md"), Path.Combine(project, "intro.md"));
        File.AppendAllText(Path.Combine(project, "edition.yml"), "introduction: linked.md\n");

        Assert.True(Build(project).Succeeded);
    }

    private BuildResult Build(string project) => EditionBuilder.Build(new BuildOptions
    {
        ProjectDirectory = project,
        OutputRoot = Path.Combine(_root, "out"),
        Pdf = false,
        Print = false,
        Validation = ValidationPolicy.Warn,
    });

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
