using System.Diagnostics;
using Edition.TestSupport;
using Xunit.Abstractions;

namespace Edition.Cli.Tests;

/// <summary>
/// A build killed (SIGKILL) at any instant leaves the old edition or the new one, exactly, never a mixture: 50
/// builds of a changed project are killed, at random instants over the whole build, late in it, and right after
/// the new tree is swapped in; each time the output is compared with clean builds of both versions, and the next
/// build clears what the killed one left.
/// </summary>
public sealed class KillTests(ITestOutputHelper log) : IDisposable
{
    private const int Kills = 50;
    private const string Id = "synth";

    private readonly string _root = Directory.CreateTempSubdirectory("edition-kill-").FullName;

    [Fact]
    [Trait("Speed", "Slow")]
    public void EveryKilledBuildLeavesTheOldEditionOrTheNewOneExactly()
    {
        var (before, after) = (Project("before", changed: false), Project("after", changed: true));
        var (old, @new) = (Reference(before, "old"), Reference(after, "new"));
        var output = Path.Combine(_root, "out");
        var duration = TimeBuild(before, after, output);
        var random = new Random(20261206);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal) { ["old"] = 0, ["new"] = 0 };

        for (var i = 0; i < Kills; i++)
        {
            Assert.Equal(0, Run(before, output).ExitCode);
            using var build = Start(after, output);
            KillAt(build, output, i % 3, duration, random);

            var left = Path.Combine(output, Id);
            var found = Same(old, left) ? "old" : Same(@new, left) ? "new" : null;
            Assert.True(found is not null, $"kill {i + 1} (mode {i % 3}) left an output that is neither the old edition nor the new one");
            outcomes[found!]++;
        }

        log.WriteLine($"a build took {duration.TotalMilliseconds:F0} ms; {Kills} kills left the old edition {outcomes["old"]} times, the new one {outcomes["new"]} times");
        Assert.Equal(0, Run(after, output).ExitCode);
        FileTree.AssertSame(@new, Path.Combine(output, Id));
        Assert.Equal([$".{Id}.cache", $".{Id}.lock", Id], Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(outcomes["old"] > 0 && outcomes["new"] > 0, $"the kills should fall on both sides of the commit: {outcomes["old"]} old, {outcomes["new"]} new");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Mode 0: anywhere in the build; 1: in its last fifth, where the commit is; 2: as soon as the new tree is in place.</summary>
    private static void KillAt(Process build, string output, int mode, TimeSpan duration, Random random)
    {
        if (mode == 2)
        {
            var watch = Stopwatch.StartNew();
            while (!build.HasExited && File.Exists(Path.Combine(output, Id, "site", "documents", "d2.html")) && watch.Elapsed < duration * 3)
            {
                Thread.SpinWait(100);
            }
        }
        else
        {
            var from = mode == 0 ? 0 : 0.8;
            Thread.Sleep(duration * (from + (random.NextDouble() * (1.1 - from))));
        }

        if (!build.HasExited)
        {
            build.Kill();
        }

        build.WaitForExit();
    }

    /// <summary>How long a build from the old edition to the new one takes here, measured twice (the first warms the disk cache).</summary>
    private TimeSpan TimeBuild(string before, string after, string output)
    {
        var watch = new Stopwatch();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(0, Run(before, output).ExitCode);
            watch.Restart();
            Assert.Equal(0, Run(after, output).ExitCode);
            watch.Stop();
        }

        return watch.Elapsed;
    }

    private string Reference(string project, string name)
    {
        var output = Path.Combine(_root, "reference-" + name);
        var result = Run(project, output);
        Assert.True(result.ExitCode == 0, result.StdErr);
        return Path.Combine(output, Id);
    }

    /// <summary>Twelve documents; the changed version edits one, drops one (d2) and adds one.</summary>
    private string Project(string name, bool changed)
    {
        var project = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), $"id: {Id}\ntitle: \"Synthetic\"\nlanguages: [en]\nbase_url: \"https://example.org/synth/\"\n");
        foreach (var i in Enumerable.Range(1, 13).Where(i => changed ? i != 2 : i != 13))
        {
            var text = changed && i == 1 ? "Changed text." : $"Text of document {i}.";
            File.WriteAllText(Path.Combine(project, "documents", $"v{i}.xml"), $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="v{i}">
                  <teiHeader><fileDesc><titleStmt><title type="complete">Volume {i}</title></titleStmt>
                    <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
                  <text><body><div type="chapter" xml:id="ch{i}"><head>Chapter {i}</head>
                    <div type="document" xml:id="d{i}" n="{i}"><head>Memorandum {i}</head><p>{text}</p></div>
                  </div></body></text>
                </TEI>
                """);
        }

        return project;
    }

    private static string Edition => Path.Combine(AppContext.BaseDirectory, "edition");

    private static ExternalTool.Result Run(string project, string output) =>
        ExternalTool.Run(Edition, ["build", project, "--out", output, "--no-print", "--validation", "warn", "--quiet"]);

    private static Process Start(string project, string output)
    {
        var info = new ProcessStartInfo(Edition, ["build", project, "--out", output, "--no-print", "--validation", "warn", "--quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(info)!;
    }

    private static bool Same(string expected, string actual)
    {
        try
        {
            FileTree.AssertSame(expected, actual);
            return true;
        }
        catch (Exception e) when (e is Xunit.Sdk.XunitException or DirectoryNotFoundException)
        {
            return false;
        }
    }
}
