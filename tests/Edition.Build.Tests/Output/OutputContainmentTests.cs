using Edition.Build.Output;
using Edition.Build.Tests.Incremental;
using Edition.Core.Source.Model;
using Edition.TestSupport;

namespace Edition.Build.Tests.Output;

/// <summary>
/// A build replaces its output folder whole, so it refuses, before touching anything, an output folder that is not
/// Edition's own: the project itself, its sources, a folder outside the output root, one holding others' files.
/// A damaged record of the last output is discarded, never followed outside the output.
/// </summary>
public sealed class OutputContainmentTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-contain-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void AnOutputThatWouldBeTheProjectItselfIsRefusedAndTheSourcesStay()
    {
        var project = TestCorpus.Synthetic(_root, 2);
        File.WriteAllText(Path.Combine(project, "edition.yml"), "title: \"No id\"\nlanguages: [en]\n");
        var before = FileTree.Copy(project, Path.Combine(_root, "before"));

        // No id: the id is the project folder's name, so `--out` its parent names the project folder itself.
        var result = Build(project, _root);

        AssertRefused(result, "is the project's folder or holds it");
        FileTree.AssertSame(before, project);
    }

    [Fact]
    public void AnIdNamingASourceFolderIsRefusedAndTheDocumentsStay()
    {
        var project = TestCorpus.Synthetic(_root, 2);
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: documents\ntitle: \"Synthetic\"\nlanguages: [en]\n");
        var before = FileTree.Copy(project, Path.Combine(_root, "before"));

        var result = Build(project, project);

        AssertRefused(result, "holds 'v1.xml' and is not an Edition output");
        FileTree.AssertSame(before, project);
    }

    [Fact]
    public void AnIdThatIsAPathIsRefusedAndNothingOutsideTheOutputIsTouched()
    {
        var project = TestCorpus.Synthetic(_root, 2);
        var precious = Path.Combine(_root, "precious");
        Directory.CreateDirectory(precious);
        File.WriteAllText(Path.Combine(precious, "keep.txt"), "keep");
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: ../precious\ntitle: \"Synthetic\"\nlanguages: [en]\n");

        var result = Build(project, Path.Combine(_root, "out"));

        AssertRefused(result, "is not a name");
        Assert.Equal("keep", File.ReadAllText(Path.Combine(precious, "keep.txt")));
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Fact]
    public void AnOutputFolderHoldingOthersFilesIsRefusedAndKept()
    {
        var project = TestCorpus.Synthetic(_root, 2);
        var output = Path.Combine(_root, "out");
        Directory.CreateDirectory(Path.Combine(output, "synth", ".git"));
        File.WriteAllText(Path.Combine(output, "synth", "notes.txt"), "mine");

        AssertRefused(Build(project, output), "holds '.git'");
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "synth", "notes.txt")));

        // The edition's own earlier output is no obstacle.
        Directory.Delete(Path.Combine(output, "synth"), recursive: true);
        Assert.True(Build(project, output).Succeeded);
        Assert.True(Build(project, output).Succeeded);
    }

    [Fact]
    public void AManifestNamingAPathOutsideTheOutputIsDiscardedAndNeverFollowed()
    {
        var project = TestCorpus.Synthetic(_root, 2);
        var output = Path.Combine(_root, "out");
        var victim = Path.Combine(_root, "victim");
        Directory.CreateDirectory(victim);
        File.WriteAllText(Path.Combine(victim, "keep.txt"), "keep");
        Assert.True(Build(project, output, cache: true).Succeeded);
        var clean = FileTree.Copy(Path.Combine(output, "synth"), Path.Combine(_root, "clean"));
        var manifest = new OutputManifest(Path.Combine(output, ".synth.cache", "output.manifest"));
        var entries = manifest.Load()!;
        entries["../../victim/keep.txt"] = new OutputManifest.Entry("x", 4, 0);
        manifest.Save(entries);

        var result = Build(project, output, cache: true);

        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == BuildDiagnostics.StateDamaged.Id);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(victim, "keep.txt")));
        TestCorpus.AssertSameOutput(clean, Path.Combine(output, "synth"));
    }

    private static BuildResult Build(string project, string output, bool cache = true) => EditionBuilder.Build(new BuildOptions
    {
        Cache = cache,
        ProjectDirectory = project,
        OutputRoot = output,
        Pdf = false,
        Print = false,
        Validation = ValidationPolicy.Warn,
    });

    private static void AssertRefused(BuildResult result, string reason)
    {
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "ED6006");
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
