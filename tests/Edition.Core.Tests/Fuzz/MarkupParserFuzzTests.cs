using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Source.Markup;
using Edition.TestSupport;
using Edition.TestSupport.Fuzzing;
using Xunit.Abstractions;

namespace Edition.Core.Tests.Fuzz;

/// <summary>
/// The directive markup parser on mutated texts, read as a build reads them (the file's bytes decoded by
/// <see cref="SourceText"/>, then parsed): the only outcomes are blocks and diagnostics that name the file.
/// </summary>
public sealed class MarkupParserFuzzTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("edition-fuzz-markup-").FullName;

    public static IEnumerable<object[]> Regressions() => FuzzRegressions.Cases(FuzzSeeds.Regressions("markup"));

    [Trait("Speed", "Slow")]
    [Fact]
    public void MutatedTextsGiveBlocksOrDiagnostics()
    {
        var seeds = FuzzSeeds.Files("*.md", Path.Combine(RepoPaths.Root, "tests", "Edition.Tei.Tests", "Spec", "markup-spec.md"));
        FuzzRunner.Run("markup", seeds, FuzzDictionary.Markup, Parse).AssertNoFailures(output);
    }

    [SkippableTheory]
    [MemberData(nameof(Regressions))]
    public void RegressionCase(string file) => FuzzRegressions.Replay(FuzzSeeds.Regressions("markup"), file, Parse);

    private void Parse(byte[] input)
    {
        var path = Path.Combine(_folder, "original.de.md");
        File.WriteAllBytes(path, input);
        var diagnostics = new List<Diagnostic>();
        TextMarkupParser.Parse("original.de.md", SourceText.Read(path, "original.de.md", diagnostics), diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("original.de.md", d.Span.File));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
