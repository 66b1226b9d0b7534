using Edition.Core.Source.Model;

namespace Edition.Build.Tests.Incremental;

/// <summary>
/// A cache that serves one build writes each entry to disk as it is made and holds none (a corpus's readings,
/// findings, page indexes and LaTeX are not held twice); a session's cache holds them for its next build. A build
/// that fails leaves the cache as it found it.
/// </summary>
public sealed class CacheSpillTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-spill-" + Guid.NewGuid().ToString("N")[..12]);

    [Trait("Speed", "Slow")]
    [Fact]
    public void AOneBuildCacheHasItsEntriesOnDiskBeforeTheCommitASessionHoldsThem()
    {
        var project = TestCorpus.Synthetic(_root, 3);
        var seen = new Dictionary<string, Dictionary<string, int>>();
        foreach (var (name, session) in new[] { ("one", (BuildSession?)null), ("session", new BuildSession()) })
        {
            var cache = Path.Combine(_root, name, ".synth.cache");
            var result = Build(project, name, session, line =>
            {
                if (line.StartsWith("Rendering the print edition", StringComparison.Ordinal))
                {
                    seen[name] = new[] { "read", "validation", "validation/integrity", "pages", "pages/content" }.ToDictionary(c => c, c => Pending(Path.Combine(cache, c)));
                }
            });

            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Empty(Directory.GetDirectories(cache, ".pending", SearchOption.AllDirectories));
            Assert.Equal(3, Directory.GetFiles(Path.Combine(cache, "read"), "*.bin").Length);
            Assert.Equal(3, Directory.GetFiles(Path.Combine(cache, "print"), "*.tex").Length);
        }

        // Three TEI files: a reading, findings and integrity facts each; three documents' page indexes (and the
        // edition's own pages) and pages.
        Assert.Equal(new Dictionary<string, int> { ["read"] = 3, ["validation"] = 3, ["validation/integrity"] = 3, ["pages"] = 4, ["pages/content"] = 3 }, seen["one"]);
        // A session holds its entries until the commit; only the pages themselves always go to disk as made.
        Assert.Equal(new Dictionary<string, int> { ["read"] = 0, ["validation"] = 0, ["validation/integrity"] = 0, ["pages"] = 0, ["pages/content"] = 3 }, seen["session"]);
    }

    [Fact]
    public void AFailedBuildLeavesTheCacheAsItFoundIt()
    {
        var project = TestCorpus.Synthetic(_root, 3);
        // The print edition fails after the site is rendered, so every kind of entry was spilled by then.
        var failing = BreakPrint(project);
        var first = Build(project, "out");
        Assert.False(first.Succeeded);
        Assert.Contains(first.Diagnostics, d => d.Code == "ED5003");
        Assert.False(Directory.Exists(Path.Combine(_root, "out")), "a failed first build leaves no output root, cache or lock");

        File.Delete(failing);
        Assert.True(Build(project, "out").Succeeded);
        var cache = Path.Combine(_root, "out", ".synth.cache");
        var before = Snapshot(cache);
        var site = Snapshot(Path.Combine(_root, "out", "synth"));

        TestCorpus.Edit(Path.Combine(project, "documents", "v2.xml"), "Text of document 2.", "Edited.");
        BreakPrint(project);
        Assert.False(Build(project, "out").Succeeded);
        Assert.Equal(before, Snapshot(cache));
        Assert.Equal(site, Snapshot(Path.Combine(_root, "out", "synth")));
    }

    [Fact]
    public void ACacheThatCannotBeWrittenCostsTheNextBuildTimeNotThisOneItsOutput()
    {
        var project = TestCorpus.Synthetic(_root, 3);
        var cache = Path.Combine(_root, "out", ".synth.cache");
        // A file where the readings' pending folder goes: every reading fails to spill.
        Directory.CreateDirectory(Path.Combine(cache, "read"));
        File.WriteAllText(Path.Combine(cache, "read", ".pending"), "in the way");

        var built = Build(project, "out");
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        var warning = Assert.Single(built.Diagnostics, d => d.Code == "ED6005");
        Assert.Equal(Core.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Empty(Directory.GetFiles(Path.Combine(cache, "read"), "*.bin"));
        TestCorpus.AssertSameOutput(built.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);

        // Out of the way again, the next build reads every file afresh and keeps the readings.
        File.Delete(Path.Combine(cache, "read", ".pending"));
        var next = Build(project, "out");
        Assert.DoesNotContain(next.Diagnostics, d => d.Code == "ED6005");
        Assert.Equal(3, next.FilesRead);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(cache, "read"), "*.bin").Length);
    }

    [Fact]
    public void AShardWhoseCacheCannotBeWrittenFailsAndIsNoPartToMerge()
    {
        var project = TestCorpus.Synthetic(_root, 2);
        var shard = new Shard(1, 2);
        var folder = Path.Combine(_root, "shards", shard.FolderName("synth"));
        Directory.CreateDirectory(Path.Combine(folder, "pages"));
        File.WriteAllText(Path.Combine(folder, "pages", ".pending"), "in the way");

        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = Path.Combine(_root, "shards"), Pdf = false, Validation = ValidationPolicy.Warn, Shard = shard });
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "ED6001" && d.Severity == Core.Diagnostics.Severity.Error);
        Assert.Empty(Directory.GetFiles(folder, "shard.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void AFailedFirstBuildKeepsAPdfItCompiled()
    {
        var project = TestCorpus.Synthetic(_root, 2);
        BreakPrint(project);
        var pdf = Path.Combine(_root, "out", ".synth.cache", "pdf", "kept.pdf");

        // As if a PDF had been compiled and stored before the build went on to fail.
        var result = Build(project, "out", progress: line =>
        {
            if (line.StartsWith("Rendering the print edition", StringComparison.Ordinal))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
                File.WriteAllText(pdf, "%PDF");
            }
        });

        Assert.False(result.Succeeded);
        Assert.True(File.Exists(pdf));
        Assert.Equal(["pdf"], Directory.GetFileSystemEntries(Path.Combine(_root, "out", ".synth.cache")).Select(Path.GetFileName));
    }

    /// <summary>An edition template that fails at render time (ED5003), in the print stage, the build's last; its path.</summary>
    private static string BreakPrint(string project)
    {
        var template = Path.Combine(project, "templates", "latex", "document.tex.sbn");
        Directory.CreateDirectory(Path.GetDirectoryName(template)!);
        File.WriteAllText(template, "{{ date.format = \"%Y\" }}");
        return template;
    }

    private static int Pending(string folder) =>
        Directory.Exists(Path.Combine(folder, ".pending")) ? Directory.GetFiles(Path.Combine(folder, ".pending")).Length : 0;

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    private BuildResult Build(string project, string output, BuildSession? session = null, Action<string>? progress = null, bool cache = true) => EditionBuilder.Build(new BuildOptions
    {
        ProjectDirectory = project,
        OutputRoot = Path.Combine(_root, output),
        Pdf = false,
        Validation = ValidationPolicy.Warn,
        Session = session,
        Progress = progress,
        Cache = cache,
    });

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
