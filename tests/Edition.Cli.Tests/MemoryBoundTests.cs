using System.Diagnostics;
using Edition.Core.Diagnostics;
using Edition.Tei.Encoding;
using Edition.TestSupport;

namespace Edition.Cli.Tests;

/// <summary>
/// Inputs far over the limits (a 20 MB field, a 100 MB attribute) are an error at their line within bounded memory,
/// and memory grows slower than a corpus: the peak working set of an <c>edition build</c> process, with generous
/// bounds (the first two once took 12.7 and 5.4 GiB).
/// </summary>
[Trait("Speed", "Slow")]
public sealed class MemoryBoundTests : IDisposable
{
    private const long MiB = 1024 * 1024;

    /// <summary>MiB of peak working set per further MB of TEI that the growth test allows.</summary>
    private const double GrowthBound = 40;

    private readonly string _root = Directory.CreateTempSubdirectory("edition-memory-").FullName;

    [SkippableFact]
    public void ATwentyMegabyteFieldIsAnErrorAtItsLine()
    {
        var project = Project();
        var letter = Path.Combine(project, "documents", "letter");
        Directory.CreateDirectory(letter);
        File.WriteAllText(Path.Combine(letter, "document.yml"), $"title: \"A letter\"\ndate: 1951-06-21\nlanguage: en\nsummary: \"{string.Concat(Enumerable.Repeat("a summary ", 2 * 1024 * 1024))}\"\n");
        File.WriteAllText(Path.Combine(letter, "original.en.md"), "{#p1} Dear friend.\n");

        var (exit, output, peak) = Build(project);

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains($"document.yml(4,10): error {SourceDiagnostics.FieldTooLong.Id}", output, StringComparison.Ordinal);
        Assert.InRange(peak, 1, 1024 * MiB);
    }

    [SkippableFact]
    public void AHundredMegabyteAttributeIsAnErrorAtItsLine()
    {
        var project = Project();
        File.WriteAllText(Path.Combine(project, "documents", "huge.xml"), $"""
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
            <publicationStmt><p>T</p></publicationStmt><sourceDesc><p>T</p></sourceDesc></fileDesc></teiHeader>
            <text><body><p n="{new string('a', 100 * 1024 * 1024)}">Text.</p></body></text></TEI>
            """);

        var (exit, output, peak) = Build(project);

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains($"huge.xml(3,16): error {EncodingDiagnostics.AttributeTooLong.Id}", output, StringComparison.Ordinal);
        Assert.InRange(peak, 1, 1536 * MiB);
    }

    /// <summary>
    /// Memory grows slower than the corpus: what each further MB of TEI adds to a clean build's peak working set
    /// (build cache and print .tex on), from two corpora of small letters, is bounded (generously: a few MiB a MB is
    /// the aim, measured in tests/Edition.Benchmarks/results/2026-12-07-memory.md).
    /// </summary>
    [SkippableFact]
    public void PeakMemoryGrowsSlowerThanTheCorpus()
    {
        var (smallMegabytes, smallPeak) = CorpusBuild("small", 400);
        var (largeMegabytes, largePeak) = CorpusBuild("large", 2000);

        var perMegabyte = (largePeak - smallPeak) / MiB / (largeMegabytes - smallMegabytes);
        Assert.InRange(perMegabyte, double.MinValue, GrowthBound);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (double Megabytes, long Peak) CorpusBuild(string name, int letters)
    {
        var project = Path.Combine(_root, name);
        SmallTeiCorpus.Create(project, letters);
        var bytes = Directory.GetFiles(Path.Combine(project, "documents")).Sum(f => new FileInfo(f).Length);
        var (exit, output, peak) = Build(project, Path.Combine(_root, name + "-out"));
        Assert.True(exit == 0, output);
        return (bytes / (double)MiB, peak);
    }

    private string Project()
    {
        var project = Path.Combine(_root, "p");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: p\ntitle: \"P\"\nlanguages: [en]\n");
        return project;
    }

    /// <summary>`edition build` in a process of its own; its peak working set sampled until it ends.</summary>
    private (int Exit, string Output, long Peak) Build(string project, string? outputFolder = null)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "edition.dll");
        var start = new ProcessStartInfo("dotnet", [tool, "build", project, "--out", outputFolder ?? Path.Combine(_root, "out"), "--no-pdf", "--quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!process.WaitForExit(20) && DateTime.UtcNow < deadline)
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // Ended between the two calls.
            }
        }

        Assert.True(process.HasExited, "edition build did not end");
        return (process.ExitCode, output.Result + error.Result, peak);
    }
}
