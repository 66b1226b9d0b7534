using System.Diagnostics;
using Edition.Core.Diagnostics;
using Edition.Tei.Encoding;
using Edition.TestSupport;

namespace Edition.Cli.Tests;

/// <summary>
/// Input nested far beyond Edition's limits, end to end: exit code 1, one finding at the file and line of the
/// nesting, no stack trace, nothing written, and soon (required within 10 s; the bound here is generous for a loaded machine).
/// </summary>
[Collection("console")]
public sealed class DeepNestingTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly string _work = Directory.CreateTempSubdirectory("edition-deep-").FullName;

    private string Project => Path.Combine(_work, "project");

    private string Output => Path.Combine(_work, "output");

    [Theory]
    [InlineData("hi")]
    [InlineData("div")]
    public void TeiInNestedAHundredThousandDeepIsAFindingAtItsLine(string element)
    {
        DeepProject.TeiIn(Project, element, 100_000);
        AssertRefused(EncodingDiagnostics.TeiNestedTooDeep, "deep.xml(4,", "build", Project, "--out", Output, "--no-pdf");
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("div")]
    public void ValidatingSuchAFileIsAFindingAtItsLine(string element)
    {
        var file = Path.Combine(DeepProject.TeiIn(Project, element, 100_000), "documents", "deep.xml");
        AssertRefused(EncodingDiagnostics.TeiNestedTooDeep, "deep.xml(4,", "validate", "--schema", Path.Combine(RepoPaths.Schemas, "edition.rng"), file);
        AssertRefused(EncodingDiagnostics.TeiNestedTooDeep, "deep.xml(4,", "validate", Project);
    }

    [Theory]
    [InlineData("{supplied: ", "}", 10_000)]
    [InlineData("{note: ", "}", 10_000)]
    public void MarkdownNestingDirectivesTenThousandDeepIsAFindingAtItsLine(string open, string close, int count)
    {
        DeepProject.Markdown(Project, "{#p1} " + DeepProject.Nest(open, "x", close, count));
        AssertRefused(SourceDiagnostics.NestingTooDeep, "original.en.md(3,", "build", Project, "--out", Output, "--no-pdf");
    }

    [Fact]
    public void ARawTeiBlockNestedTenThousandDeepIsAFindingAtItsLine()
    {
        DeepProject.Markdown(Project, "{#p1} x\n\n" + DeepProject.Nest("<div>", "y", "</div>", 10_000));
        AssertRefused(SourceDiagnostics.NestingTooDeep, "original.en.md(5,", "build", Project, "--out", Output, "--no-pdf");
    }

    [Theory]
    [InlineData("> ", 10_000)]
    [InlineData("[", 50_000)]
    public void MarkdownNestedBeyondMarkdigIsAFindingAtItsLine(string marker, int count)
    {
        DeepProject.Markdown(Project, "{#p1} x\n\n" + string.Concat(Enumerable.Repeat(marker, count)) + "y");
        AssertRefused(SourceDiagnostics.MarkdownNestedTooDeep, "original.en.md(5,", "build", Project, "--out", Output, "--no-pdf");
    }

    private void AssertRefused(DiagnosticDescriptor descriptor, string place, params string[] args)
    {
        var clock = Stopwatch.StartNew();
        var (exit, output, error) = CliRunner.Run(args);
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed}");
        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains($"{place}", output, StringComparison.Ordinal);
        Assert.Contains($"error {descriptor.Id}:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output) && Directory.EnumerateFileSystemEntries(Output).Any(), "nothing is written");
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
