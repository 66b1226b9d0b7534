using System.Diagnostics;
using Edition.Core.Diagnostics;
using Edition.Tei.Encoding;

namespace Edition.Cli.Tests;

/// <summary>
/// Inputs far over the limits (a 20 MB field, a 100 MB attribute) are an error at their line within bounded memory:
/// the peak working set of an <c>edition build</c> process, with generous bounds (they once took 12.7 and 5.4 GiB).
/// </summary>
[Trait("Speed", "Slow")]
public sealed class MemoryBoundTests : IDisposable
{
    private const long MiB = 1024 * 1024;

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

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Project()
    {
        var project = Path.Combine(_root, "p");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: p\ntitle: \"P\"\nlanguages: [en]\n");
        return project;
    }

    /// <summary>`edition build` in a process of its own; its peak working set sampled until it ends.</summary>
    private (int Exit, string Output, long Peak) Build(string project)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "edition.dll");
        var start = new ProcessStartInfo("dotnet", [tool, "build", project, "--out", Path.Combine(_root, "out"), "--no-pdf", "--quiet"])
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
