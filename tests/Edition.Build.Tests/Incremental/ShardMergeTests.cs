using Edition.Core.Source.Model;
using Edition.TestSupport;

namespace Edition.Build.Tests.Incremental;

/// <summary>
/// <c>build --shard i/N</c> then <c>merge</c>: each shard validates and renders its part only, and the merge
/// writes, byte for byte, what a single build writes; shards that do not fit together are refused.
/// </summary>
public sealed class ShardMergeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-shard-" + Guid.NewGuid().ToString("N")[..12]);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void MergedShardsEqualASingleBuild(int count)
    {
        var project = TestCorpus.Synthetic(_root, 7);
        var shards = Enumerable.Range(1, count).Select(i => Build(project, "shards", shard: new Shard(i, count))).ToList();
        Assert.All(shards, s => Assert.True(s.Succeeded, string.Join("\n", s.Diagnostics)));

        // Every document rendered once, every TEI file validated once, across the shards.
        Assert.Equal(7, shards.Sum(s => s.PagesRendered));
        Assert.Equal(7, shards.Sum(s => s.FilesValidated));
        Assert.All(shards, s => Assert.InRange(s.PagesRendered, 7 / count, 7 / count + 1));
        Assert.All(shards, s => Assert.Contains(ShardManifest.FileName, s.WrittenFiles));

        var merged = Build(project, "merged", merge: shards.Select(s => s.OutputDirectory!).ToList());
        Assert.True(merged.Succeeded, string.Join("\n", merged.Diagnostics));
        Assert.Equal((0, 7), (merged.PagesRendered, merged.PagesReused));
        Assert.Equal((0, 7), (merged.FilesValidated, merged.FilesValidationReused));

        // Each shard typeset its documents for print; the merge only puts edition.tex together.
        Assert.Equal(7, shards.Sum(s => s.DocumentsTypeset));
        Assert.Equal((0, 7), (merged.DocumentsTypeset, merged.DocumentsTypesetReused));

        // The shards' readings and integrity facts serve the merge too: it parses and reads no TEI file.
        Assert.Equal((0, 0, 7), (merged.TeiInFilesParsed, merged.FilesRead, merged.FilesReadReused));
        TestCorpus.AssertSameOutput(merged.OutputDirectory!, Build(project, "single", cache: false).OutputDirectory!);

        // The merged output's own cache holds what it took from the shards: a rebuild there reuses everything.
        var again = Build(project, "merged");
        Assert.Equal((0, 0, 7, 0), (again.TeiInFilesParsed, again.FilesValidated, again.FilesReadReused, again.PagesRendered));
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void TheSampleMergesToItsSingleBuild()
    {
        var project = TestCorpus.Copy(RepoPaths.Sample, Path.Combine(_root, "sample"));
        var shards = new[] { Build(project, "shards", shard: new Shard(1, 2)), Build(project, "shards", shard: new Shard(2, 2)) };
        var merged = Build(project, "merged", merge: shards.Select(s => s.OutputDirectory!).ToList());
        Assert.True(merged.Succeeded, string.Join("\n", merged.Diagnostics));
        TestCorpus.AssertSameOutput(merged.OutputDirectory!, Build(project, "single", cache: false).OutputDirectory!);
    }

    /// <summary>Each shard tiles its own documents' page images; the merge takes them in and tiles none itself.</summary>
    [Trait("Speed", "Slow")]
    [Fact]
    public void TheFacsimileSampleMergesToItsSingleBuildWithTheShardsTiles()
    {
        var project = FacsimileCorpus.Create(Path.Combine(_root, "facsimile"));
        var shards = new[] { Build(project, "shards", shard: new Shard(1, 2)), Build(project, "shards", shard: new Shard(2, 2)) };
        Assert.All(shards, s => Assert.True(s.Succeeded, string.Join("\n", s.Diagnostics)));
        Assert.All(shards, s => Assert.Equal(2, s.WrittenFiles.Count(f => f.StartsWith("tiles/", StringComparison.Ordinal) && f.EndsWith("/info.json", StringComparison.Ordinal))));

        var progress = new List<string>();
        var merged = Build(project, "merged", merge: shards.Select(s => s.OutputDirectory!).ToList(), progress: progress.Add);
        Assert.True(merged.Succeeded, string.Join("\n", merged.Diagnostics));
        Assert.Contains("tiled 0 page image(s), reused 0 from the build cache, took 4 from the shards", progress);
        Assert.Equal(4, Directory.GetFiles(Path.Combine(merged.OutputDirectory!, "site", "iiif"), "info.json", SearchOption.AllDirectories).Length);
        TestCorpus.AssertSameOutput(merged.OutputDirectory!, Build(project, "single", cache: false).OutputDirectory!);
    }

    [Fact]
    public void AMissingShardIsRefusedAndNothingWritten()
    {
        var project = TestCorpus.Synthetic(_root, 4);
        var first = Build(project, "shards", shard: new Shard(1, 2));
        var merged = Build(project, "merged", merge: [first.OutputDirectory!]);
        Assert.False(merged.Succeeded);
        Assert.Contains(merged.Diagnostics, d => d.Code == "ED6102" && d.Message.Contains("parts 1 to 2", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_root, "merged")));
    }

    [Theory]
    [InlineData("{ \"edition\": \"synth\", \"shard\": 2, \"of\": 2 }")]
    [InlineData("{ \"edition\": \"synth\", \"shard\": 2, \"of\": 2, \"format\": 1 }")]
    [InlineData("{ \"edition\": \"synth\", \"shard\": ")]
    public void AShardOfAnotherFormatOrDamagedIsRefusedAndNothingWritten(string manifest)
    {
        var project = TestCorpus.Synthetic(_root, 4);
        var shards = new[] { Build(project, "shards", shard: new Shard(1, 2)), Build(project, "shards", shard: new Shard(2, 2)) };
        File.WriteAllText(Path.Combine(shards[1].OutputDirectory!, ShardManifest.FileName), manifest);

        var merged = Build(project, "merged", merge: shards.Select(s => s.OutputDirectory!).ToList());

        Assert.False(merged.Succeeded);
        Assert.Contains(merged.Diagnostics, d => d.Code == BuildDiagnostics.NotAShard.Id);
        Assert.False(Directory.Exists(Path.Combine(_root, "merged")));
    }

    [Fact]
    public void AShardOfOtherSourcesLeavesDocumentsThatNoShardHolds()
    {
        var project = TestCorpus.Synthetic(_root, 4);
        var shards = new[] { Build(project, "shards", shard: new Shard(1, 2)), Build(project, "shards", shard: new Shard(2, 2)) };
        TestCorpus.Edit(Path.Combine(project, "documents", "v2.xml"), "Text of document 2.", "Changed after sharding.");

        var merged = Build(project, "merged", merge: shards.Select(s => s.OutputDirectory!).ToList());
        Assert.False(merged.Succeeded);

        // Even under the warn policy (as here): a missing part is not a finding about the TEI.
        var missing = Assert.Single(merged.Diagnostics, d => d.Code == "ED6101");
        Assert.Equal(Core.Diagnostics.Severity.Error, missing.Severity);
        Assert.EndsWith("v2.xml", missing.Span.File, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "merged")));

        // Without validation, the pages are what no shard holds: those of the changed document only.
        var unvalidated = Build(project, "merged", merge: shards.Select(s => s.OutputDirectory!).ToList(), validation: ValidationPolicy.Off);
        Assert.False(unvalidated.Succeeded);
        Assert.Contains(unvalidated.Diagnostics, d => d.Code == "ED6101" && d.Message.Contains("document d2", StringComparison.Ordinal));
        Assert.DoesNotContain(unvalidated.Diagnostics, d => d.Code == "ED6101" && d.Message.Contains("document d1", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_root, "merged")));
    }

    [Fact]
    public void ShardsParseAsIOfN()
    {
        Assert.Equal(new Shard(2, 4), Shard.Parse("2/4"));
        Assert.All(["0/2", "3/2", "2", "a/b", "1/0", "-1/2", "1/2/3"], bad => Assert.Null(Shard.Parse(bad)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private BuildResult Build(string project, string output, Shard? shard = null, IReadOnlyList<string>? merge = null, bool cache = true, ValidationPolicy validation = ValidationPolicy.Warn, Action<string>? progress = null) => EditionBuilder.Build(new BuildOptions
    {
        Progress = progress,
        ProjectDirectory = project,
        OutputRoot = Path.Combine(_root, output),
        Pdf = false,
        Validation = validation,
        Cache = cache,
        Shard = shard,
        MergeShards = merge ?? [],
    });
}
