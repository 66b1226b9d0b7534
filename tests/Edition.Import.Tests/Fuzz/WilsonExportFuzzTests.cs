using Edition.Import.Tests.Wilson;
using Edition.Import.Wilson;
using Edition.TestSupport;
using Edition.TestSupport.Fuzzing;
using Xunit.Abstractions;

namespace Edition.Import.Tests.Fuzz;

/// <summary>
/// Mutated Wilson Center exports through the importer's entry point (<see cref="WilsonImporter.Import"/>, as
/// <c>edition import wilson</c> calls it) into a small project: the only outcomes are an imported document or a failed
/// result with diagnostics. Seeded from the shared seed export.
/// </summary>
public sealed class WilsonExportFuzzTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempProject _project = new();

    private static string Regressions => Path.Combine(RepoPaths.Root, "tests", "Edition.Import.Tests", "Fuzz", "regressions", "wilson");

    public static IEnumerable<object[]> RegressionCases() => FuzzRegressions.Cases(Regressions);

    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void MutatedExportsImportOrFailWithDiagnostics() =>
        FuzzRunner.Run("wilson", [File.ReadAllBytes(Seed.Path)], FuzzDictionary.WilsonExport, Import).AssertNoFailures(output);

    [SkippableTheory]
    [MemberData(nameof(RegressionCases))]
    public void RegressionCase(string file) => FuzzRegressions.Replay(Regressions, file, Import);

    private void Import(byte[] input)
    {
        var export = _project.Path_("export.txt");
        File.WriteAllBytes(export, input);
        var result = WilsonImporter.Import(export, new ImportOptions(_project.Directory, "fuzz", Force: true, Seed.Pinned));
        Assert.True(result.Succeeded || result.Diagnostics.Count > 0, "a failed import says why");
    }

    public void Dispose() => _project.Dispose();
}
