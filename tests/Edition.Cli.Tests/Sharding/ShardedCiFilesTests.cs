using System.Text.RegularExpressions;
using Edition.Build;
using Edition.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Edition.Cli.Tests.Sharding;

/// <summary>
/// The sharded-build files shipped in docs/ci (a GitHub Actions workflow, a Kubernetes Indexed Job) parse as YAML
/// and hand <c>edition build</c> exactly the parts 1/N to N/N it accepts: each part's command line is run through
/// the shell with a stand-in <c>edition</c> that prints its arguments, and the merge takes every part's folder.
/// </summary>
public sealed partial class ShardedCiFilesTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("edition-ci-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void TheWorkflowRunsOneJobPerPartAndMergesThemAll()
    {
        var jobs = Map(Load("github-actions-sharded.yml").Single(), "jobs");
        var shard = Map(jobs, "shard");
        var buildLine = Runs(shard).Single(r => r.Contains("--shard", StringComparison.Ordinal));
        var count = int.Parse(ShardOf().Match(buildLine).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var matrix = ((YamlSequenceNode)Map(Map(shard, "strategy"), "matrix")["shard"]).Select(Scalar).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), matrix);

        var parts = matrix.Select(i => ShardArgument(buildLine.Replace("${{ matrix.shard }}", i, StringComparison.Ordinal), [])).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(i => new Shard(i, count)), parts.Select(p => Shard.Parse(p)));

        var merge = Map(jobs, "merge");
        Assert.Contains("shard", Needs(merge));
        AssertMergesAllParts(Runs(merge).Single(r => r.Contains("edition merge", StringComparison.Ordinal)), count);
        var download = Uses(merge).Single(s => Scalar(s["uses"]) == "actions/download-artifact@v4" && Map(s, "with").Children.ContainsKey("pattern"));
        Assert.Equal(("shard-*", "true"), (Scalar(Map(download, "with")["pattern"]), Scalar(Map(download, "with")["merge-multiple"])));
        Assert.Contains(Uses(shard), s => Scalar(s["uses"]) == "actions/upload-artifact@v4" && Scalar(Map(s, "with")["name"]) == "shard-${{ matrix.shard }}");
    }

    [Fact]
    public void EveryJobSetsUpDotnet10WithTheV4Actions()
    {
        var jobs = Map(Load("github-actions-sharded.yml").Single(), "jobs");
        foreach (var name in new[] { "tool", "shard", "merge" })
        {
            var uses = Uses(Map(jobs, name)).Select(s => Scalar(s["uses"])).ToList();
            Assert.Contains("actions/setup-dotnet@v4", uses);
            Assert.All(uses.Where(u => u.StartsWith("actions/", StringComparison.Ordinal) && !u.Contains("pages", StringComparison.Ordinal)), u => Assert.EndsWith("@v4", u, StringComparison.Ordinal));
            var dotnet = Uses(Map(jobs, name)).Single(s => Scalar(s["uses"]) == "actions/setup-dotnet@v4");
            Assert.StartsWith("10.", Scalar(Map(dotnet, "with")["dotnet-version"]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheIndexedJobGivesEachPodOnePartCountingFromOne()
    {
        var documents = Load("kubernetes-sharded.yaml");
        var shards = Job(documents, "edition-shards");
        Assert.Equal("Indexed", Scalar(shards["completionMode"]));
        var count = int.Parse(Scalar(shards["completions"]), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(count, int.Parse(Scalar(shards["parallelism"]), System.Globalization.CultureInfo.InvariantCulture));

        // JOB_COMPLETION_INDEX runs from 0 to N-1; `--shard` takes 1 to N.
        var script = Script(shards);
        var parts = Enumerable.Range(0, count).Select(index => Shard.Parse(ShardArgument(script, new() { ["JOB_COMPLETION_INDEX"] = $"{index}" }))).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(i => new Shard(i, count)), parts);

        var merge = Job(documents, "edition-merge");
        AssertMergesAllParts(Script(merge), count);
        Assert.Equal(Scalar(Container(shards)["workingDir"]), Scalar(Container(merge)["workingDir"]));
        Assert.Equal(Claim(shards), Claim(merge));
    }

    [Fact]
    public void TheDocsPointToBothFiles()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "incremental-builds.md"));
        Assert.Contains("ci/github-actions-sharded.yml", docs, StringComparison.Ordinal);
        Assert.Contains("ci/kubernetes-sharded.yaml", docs, StringComparison.Ordinal);
    }

    /// <summary>The merge's `--shards` glob takes the folder of every part of N and of no other count.</summary>
    private static void AssertMergesAllParts(string mergeLine, int count)
    {
        var glob = ShardsGlob().Match(mergeLine).Groups[1].Value;
        var pattern = new Regex("^" + Regex.Escape(glob[(glob.LastIndexOf('/') + 1)..]).Replace("\\*", ".*", StringComparison.Ordinal) + "$");
        Assert.All(Enumerable.Range(1, count), i => Assert.Matches(pattern, new Shard(i, count).FolderName("my-edition")));
        Assert.DoesNotMatch(pattern, new Shard(1, count + 1).FolderName("my-edition"));
    }

    /// <summary>Runs a command line through the shell with `edition` standing in as a script that prints its arguments; returns what followed --shard.</summary>
    private string ShardArgument(string commandLine, Dictionary<string, string> environment)
    {
        var bin = Path.Combine(_work, "bin");
        var edition = Path.Combine(bin, "edition");
        if (!File.Exists(edition))
        {
            Directory.CreateDirectory(bin);
            File.WriteAllText(edition, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(edition, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }
        }

        var run = ExternalTool.Run("/usr/bin/env", ["-i", $"PATH={bin}:/usr/bin:/bin", .. environment.Select(kv => $"{kv.Key}={kv.Value}"), "/bin/sh", "-c", commandLine], _work);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var args = run.StdOut.Split('\n');
        return args[Array.IndexOf(args, "--shard") + 1];
    }

    private static List<YamlMappingNode> Load(string file)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoPaths.Root, "docs", "ci", file));
        yaml.Load(reader);
        return [.. yaml.Documents.Select(d => (YamlMappingNode)d.RootNode)];
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>();

    private static IEnumerable<string> Runs(YamlMappingNode job) => Steps(job).Where(s => s.Children.ContainsKey("run")).Select(s => Scalar(s["run"]));

    private static IEnumerable<YamlMappingNode> Uses(YamlMappingNode job) => Steps(job).Where(s => s.Children.ContainsKey("uses"));

    private static IEnumerable<string> Needs(YamlMappingNode job) =>
        job["needs"] is YamlSequenceNode list ? list.Select(Scalar) : [Scalar(job["needs"])];

    private static YamlMappingNode Job(List<YamlMappingNode> documents, string name) =>
        Map(documents.Single(d => Scalar(d["kind"]) == "Job" && Scalar(d["metadata"]["name"]) == name), "spec");

    private static YamlMappingNode Pod(YamlMappingNode jobSpec) => Map(Map(jobSpec, "template"), "spec");

    private static YamlMappingNode Container(YamlMappingNode jobSpec) => (YamlMappingNode)((YamlSequenceNode)Pod(jobSpec)["containers"]).Single();

    private static string Claim(YamlMappingNode jobSpec) =>
        Scalar(Map((YamlMappingNode)((YamlSequenceNode)Pod(jobSpec)["volumes"]).Single(), "persistentVolumeClaim")["claimName"]);

    /// <summary>The container's shell command line (command: [/bin/sh, -c], args: [the line]).</summary>
    private static string Script(YamlMappingNode jobSpec)
    {
        var container = Container(jobSpec);
        Assert.Equal(["/bin/sh", "-c"], ((YamlSequenceNode)container["command"]).Select(Scalar));
        return Scalar(((YamlSequenceNode)container["args"]).Single());
    }

    [GeneratedRegex(@"--shard \$\{\{ matrix\.shard \}\}/(\d+)")]
    private static partial Regex ShardOf();

    [GeneratedRegex(@"--shards (\S+)")]
    private static partial Regex ShardsGlob();
}
