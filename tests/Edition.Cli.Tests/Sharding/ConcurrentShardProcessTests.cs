using System.Diagnostics;
using System.Security.Cryptography;
using Edition.TestSupport;
using Xunit.Abstractions;

namespace Edition.Cli.Tests.Sharding;

/// <summary>
/// Shards as a CI matrix runs them: N separate <c>edition build --shard i/N</c> processes started at once, writing
/// beside each other into one folder, then <c>edition merge</c> in another process; the merged edition holds the
/// same files, byte for byte (SHA-256), as one <c>edition build</c> of the same project.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class ConcurrentShardProcessTests(ITestOutputHelper log) : IDisposable
{
    private const int Parts = 3;
    private const string Id = "small-letters";

    private readonly string _root = Directory.CreateTempSubdirectory("edition-shards-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ConcurrentShardProcessesMergeToTheSingleBuild()
    {
        SmallTeiCorpus.Create(Path.Combine(_root, "project"), 50);
        var single = ShardsMergeToTheSingleBuild(Id, Parts);
        Assert.Contains(Path.Combine("print", "edition.tex"), single.Keys);
        Assert.True(single.Count > 50, $"the single build wrote {single.Count} files");
    }

    /// <summary>Page images: each shard process tiles its own documents' images, and the merge carries the tiles over.</summary>
    [Fact]
    public void ConcurrentShardProcessesOfTheFacsimileSampleMergeToTheSingleBuildWithItsTiles()
    {
        FacsimileCorpus.Create(Path.Combine(_root, "project"));
        var single = ShardsMergeToTheSingleBuild(FacsimileCorpus.Id, 2);
        Assert.Equal(4, single.Keys.Count(f => f.StartsWith(Path.Combine("site", "iiif"), StringComparison.Ordinal) && f.EndsWith("info.json", StringComparison.Ordinal)));
        Assert.Contains(single.Keys, f => f.EndsWith(Path.Combine("0,0,256,256", "256,256", "0", "default.jpg"), StringComparison.Ordinal));
    }

    /// <summary>N shard processes at once, their merge and a single build of <c>project</c>; the merge's files are the single build's, whose checksums it returns.</summary>
    private SortedDictionary<string, string> ShardsMergeToTheSingleBuild(string id, int parts)
    {
        var clock = Stopwatch.StartNew();
        var shards = Enumerable.Range(1, parts).Select(i => Start("build", "project", "--shard", $"{i}/{parts}", "--out", "shards", "-q")).ToList();
        shards.ForEach(Finish);
        var shardTime = clock.Elapsed;

        var folders = Enumerable.Range(1, parts).Select(i => Path.Combine("shards", $"{id}.shard-{i}-of-{parts}"));
        Finish(Start(["merge", "project", "--out", "merged", "--no-pdf", "-q", "--shards", .. folders]));
        var mergeTime = clock.Elapsed - shardTime;
        Finish(Start("build", "project", "--out", "single", "--no-pdf", "-q"));
        log.WriteLine($"{parts} concurrent shards: {shardTime.TotalSeconds:F1} s, merge: {mergeTime.TotalSeconds:F1} s, single build: {(clock.Elapsed - shardTime - mergeTime).TotalSeconds:F1} s");

        var single = Checksums(Path.Combine(_root, "single", id));
        Assert.Equal(single, Checksums(Path.Combine(_root, "merged", id)));
        return single;
    }

    /// <summary>Every file below the folder, by path relative to it, sorted: its SHA-256.</summary>
    private static SortedDictionary<string, string> Checksums(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>The CLI as its own process (the test host's `edition` apphost), from the same working folder as every other part.</summary>
    private Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "edition"), args)
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(info)!;
    }

    private static void Finish(Process process)
    {
        using (process)
        {
            var (output, errors) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "a process did not finish in 5 minutes");
            Assert.True(process.ExitCode == ExitCode.Success, $"exit code {process.ExitCode}: {output.Result}{errors.Result}");
        }
    }
}
