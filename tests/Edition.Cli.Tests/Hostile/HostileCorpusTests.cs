using System.Text;
using System.Text.RegularExpressions;
using Edition.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Edition.Cli.Tests.Hostile;

/// <summary>
/// The hostile-input corpus: each folder here is a case (an <c>expected.txt</c>, and files laid over a fresh
/// <c>edition new</c> project) run through the command line. Every case asserts the documented exit code and
/// output, no stack trace, the sources and everything beside the project unchanged (a canary, a victim folder and the
/// files links point at, all hashed), and, when the command fails, the previous output unchanged.
/// </summary>
[Collection("console")]
[Trait("Speed", "Slow")]
public sealed partial class HostileCorpusTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private static string Cases => Path.Combine(RepoPaths.Root, "tests", "Edition.Cli.Tests", "Hostile");

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Cases).Select(Path.GetFileName).Where(n => !n!.StartsWith('_')).Order(StringComparer.Ordinal))
        {
            names.Add(dir!);
        }

        return names;
    }

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void HandledAsDocumented(string name)
    {
        var c = HostileCase.Read(Path.Combine(Cases, name, "expected.txt"));
        using var work = new HostileWork();
        Arrange(c, name, work);
        var creates = c.All("creates").Select(work.Expand).ToArray();
        var before = TreeHash.Of(work.Root, [work.Out, .. creates]);
        var outputBefore = OutputState(work);

        var (exit, stdout, stderr) = Run(c, work);

        var all = stdout + stderr;
        log.WriteLine($"exit {exit}\n{all}");
        Assert.True(c.Exit == exit, $"exit code {exit}, expected {c.Exit}\n{all}");
        Assert.DoesNotMatch(StackFrame(), all);
        Assert.All(c.All("output"), o => Assert.True(all.Contains(work.Expand(o), StringComparison.Ordinal), $"'{o}' is not in the output:\n{all}"));
        Assert.All(c.All("no-output"), o => Assert.False(all.Contains(work.Expand(o), StringComparison.Ordinal), $"'{o}' is in the output:\n{all}"));
        AssertUnchanged("beside the output", before, TreeHash.Of(work.Root, [work.Out, .. creates]));
        if (exit != 0)
        {
            AssertUnchanged("in the previous output", outputBefore, OutputState(work));
        }

        if (c.Flag("pdf") && ExternalTool.Find("latexmk") is not null)
        {
            Assert.NotEmpty(Directory.GetFiles(work.Out, "*.pdf", SearchOption.AllDirectories));
        }

        CheckFiles(c, work);
    }

    private static void Arrange(HostileCase c, string name, HostileWork work)
    {
        if (!c.Flag("no-project"))
        {
            Assert.Equal(ExitCode.Success, CliRunner.Run("new", work.Project).Exit);
            work.KeepOutsideCopyOf("documents/example", "evil-doc");
        }

        if (c.Flag("prebuild"))
        {
            var (exit, output, _) = CliRunner.Run("build", work.Project, "--out", work.Out, "--no-print", "-q");
            Assert.True(exit == ExitCode.Success, "the good project must build first\n" + output);
        }
        else
        {
            File.WriteAllText(Path.Combine(work.Out, "marker.txt"), "an earlier output\n");
        }

        var overlay = Path.Combine(Cases, name, "project");
        if (Directory.Exists(overlay))
        {
            FileTree.Copy(overlay, work.Project);
        }

        foreach (var w in c.All("write").Select(work.Expand))
        {
            var (path, text) = Split(w);
            Directory.CreateDirectory(Path.GetDirectoryName(work.Resolve(path))!);
            File.WriteAllBytes(work.Resolve(path), HostileCase.Bytes(text));
        }

        foreach (var r in c.All("replace").Select(work.Expand))
        {
            var (path, change) = Split(r);
            var parts = change.Split(" => ", 2);
            var text = File.ReadAllBytes(work.Resolve(path));
            var old = HostileCase.Bytes(parts[0]);
            var at = text.AsSpan().IndexOf(old);
            Assert.True(at >= 0, $"{path} does not hold '{parts[0]}'");
            File.WriteAllBytes(work.Resolve(path), [.. text[..at], .. HostileCase.Bytes(parts[1]), .. text[(at + old.Length)..]]);
        }

        foreach (var l in c.All("link").Select(work.Expand))
        {
            var parts = l.Split(" -> ", 2);
            var link = work.Resolve(parts[0]);
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            if (File.Exists(link) || Directory.Exists(link))
            {
                File.Delete(link);
            }

            if (Directory.Exists(parts[1]))
            {
                Directory.CreateSymbolicLink(link, parts[1]);
            }
            else
            {
                File.CreateSymbolicLink(link, parts[1]);
            }
        }
    }

    private static (int Exit, string Out, string Err) Run(HostileCase c, HostileWork work)
    {
        var args = HostileCase.Arguments(work.Expand(c.One("args") ?? throw new FormatException("a case needs 'args: …'"))).ToList();
        if (c.Flag("pdf") && ExternalTool.Find("latexmk") is null)
        {
            Assert.False(RepoPaths.IsCi, "latexmk is missing: CI must have it");
            args.Add("--no-pdf");
        }

        var cwd = Environment.CurrentDirectory;
        Environment.CurrentDirectory = c.One("cwd") is { } dir ? work.Expand(dir) : cwd;
        try
        {
            return CliRunner.Run([.. args]);
        }
        finally
        {
            Environment.CurrentDirectory = cwd;
        }
    }

    private static void CheckFiles(HostileCase c, HostileWork work)
    {
        Assert.All(c.All("file-exists").Select(work.Expand), f => Assert.True(File.Exists(work.Resolve(f)), $"{f} is missing"));
        foreach (var (file, text) in c.All("file-contains").Select(work.Expand).Select(Split))
        {
            Assert.Contains(text, File.ReadAllText(work.Resolve(file)), StringComparison.Ordinal);
        }

        foreach (var (file, text) in c.All("file-lacks").Select(work.Expand).Select(Split))
        {
            Assert.DoesNotContain(text, File.ReadAllText(work.Resolve(file)), StringComparison.Ordinal);
        }

        foreach (var (file, title) in c.All("yaml-title").Select(work.Expand).Select(Split))
        {
            var yaml = new YamlStream();
            using var reader = new StreamReader(work.Resolve(file));
            yaml.Load(reader);
            Assert.Equal(title, ((YamlScalarNode)((YamlMappingNode)yaml.Documents[0].RootNode)["title"]).Value);
        }
    }

    private static void AssertUnchanged(string where, SortedDictionary<string, string> before, SortedDictionary<string, string> after)
    {
        var changed = before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k)).ToList();
        Assert.True(changed.Count == 0, $"changed {where}: {string.Join(", ", changed)}");
    }

    /// <summary>The output root's files, but for the build lock (<c>.ID.lock</c>), which stays once made, by design (BuildLock).</summary>
    private static SortedDictionary<string, string> OutputState(HostileWork work) =>
        new(TreeHash.Of(work.Out).Where(f => !(f.Key.StartsWith('.') && f.Key.EndsWith(".lock", StringComparison.Ordinal))).ToDictionary(), StringComparer.Ordinal);

    /// <summary>"path: text" (the path has no ": ").</summary>
    private static (string Path, string Text) Split(string value) => value.Split(": ", 2) is [var p, var t] ? (p, t) : (value, "");

    [GeneratedRegex(@"(?m)^\s+at [\w.`<>\[\]|]+\(|--- End of .*stack trace")]
    private static partial Regex StackFrame();
}
