using Edition.Core.Source.Model;
using Edition.Build.Output;
using Edition.Build.Tests.Incremental;
using Edition.Core.Diagnostics;

namespace Edition.Build.Tests.Output;

/// <summary>One build at a time writes an edition's output and cache; another is refused, at once, with a reason.</summary>
public sealed class BuildLockTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-lock-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void ABuildWhileAnotherWritesTheSameOutputIsRefusedAndTouchesNothing()
    {
        var project = TestCorpus.Synthetic(_root, 3);
        var output = Path.Combine(_root, "out");
        Assert.True(Build(project, output).Succeeded);
        var before = Edition.TestSupport.FileTree.Copy(Path.Combine(output, "synth"), Path.Combine(_root, "before"));
        TestCorpus.Edit(Path.Combine(project, "documents", "v1.xml"), "Text of document 1.", "Edited.");

        // Another process's build is in progress (a second open file description conflicts as another process's would).
        using (var other = BuildLock.Take(output, "synth", new DiagnosticBag()))
        {
            Assert.NotNull(other);
            var refused = Build(project, output);
            Assert.False(refused.Succeeded);
            var error = Assert.Single(refused.Diagnostics);
            Assert.Equal("ED6003", error.Code);
            Assert.Contains("another Edition build", error.Message, StringComparison.Ordinal);
            TestCorpus.AssertSameOutput(before, Path.Combine(output, "synth"));

            // validate writes nothing, so it needs no lock; a build into another output is not held up.
            Assert.True(EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = output, ValidateOnly = true, Validation = ValidationPolicy.Warn }).Validated);
            Assert.True(Build(project, Path.Combine(_root, "elsewhere")).Succeeded);
        }

        Assert.True(Build(project, output).Succeeded);
        Assert.Contains("Edited.", File.ReadAllText(Path.Combine(output, "synth", "site", "documents", "d1.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void TheLockIsLetGoWhenItsHolderEnds()
    {
        var output = Path.Combine(_root, "out");
        Directory.CreateDirectory(output);
        var first = BuildLock.Take(output, "ed", new DiagnosticBag());
        Assert.NotNull(first);
        Assert.Null(BuildLock.Take(output, "ed", new DiagnosticBag()));
        first.Dispose();
        using var second = BuildLock.Take(output, "ed", new DiagnosticBag());
        Assert.NotNull(second);
    }

    [Fact]
    public void AnOutputRootTheLockMadeGoesWithItWhenNothingElseWasWritten()
    {
        var never = Path.Combine(_root, "never");
        BuildLock.Take(never, "ed", new DiagnosticBag())!.Dispose();
        Assert.False(Directory.Exists(never));

        var written = Path.Combine(_root, "written");
        using (BuildLock.Take(written, "ed", new DiagnosticBag()))
        {
            Directory.CreateDirectory(Path.Combine(written, "ed"));
        }

        Assert.True(Directory.Exists(Path.Combine(written, "ed")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static BuildResult Build(string project, string output) => EditionBuilder.Build(new BuildOptions
    {
        ProjectDirectory = project,
        OutputRoot = output,
        Pdf = false,
        Validation = ValidationPolicy.Warn,
    });
}
