using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.TestSupport;
using Edition.TestSupport.Fuzzing;
using Xunit.Abstractions;

namespace Edition.Core.Tests.Fuzz;

/// <summary>
/// edition.yml, document.yml and the authority lists mutated, each loaded as a build loads a project (the whole
/// source loader over a small valid project holding the mutant): the only outcomes are a source and diagnostics.
/// </summary>
public sealed class YamlLoadingFuzzTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Base = Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Invalid", "_base");

    private readonly string _project = CopyOfBase();

    public static TheoryData<string> Files() => ["edition.yml", "documents/doc1/document.yml", "persons.yml", "places.yml"];

    public static IEnumerable<object[]> Regressions() => FuzzRegressions.Cases(FuzzSeeds.Regressions("yaml"));

    [Trait("Speed", "Slow")]
    [Theory]
    [MemberData(nameof(Files))]
    public void MutatedYamlGivesASourceOrDiagnostics(string file)
    {
        var seeds = FuzzSeeds.Files(Path.GetFileName(file) is "persons.yml" or "places.yml" ? "*s.yml" : Path.GetFileName(file));
        FuzzRunner.Run("yaml-" + Path.GetFileNameWithoutExtension(file), seeds, FuzzDictionary.Yaml, input => Load(file, input)).AssertNoFailures(output);
    }

    /// <summary>A regression file's name says which file it stands for: <c>edition.yml-…</c>, <c>document.yml-…</c>, <c>persons.yml-…</c>.</summary>
    [SkippableTheory]
    [MemberData(nameof(Regressions))]
    public void RegressionCase(string file)
    {
        var target = file.Replace("skip-", "", StringComparison.Ordinal).Split('-')[0];
        FuzzRegressions.Replay(FuzzSeeds.Regressions("yaml"), file, input => Load(target == "document.yml" ? "documents/doc1/document.yml" : target, input));
    }

    private void Load(string file, byte[] input)
    {
        File.WriteAllBytes(Path.Combine(_project, file), input);
        SourceLoader.Load(_project, new DiagnosticBag());
    }

    private static string CopyOfBase()
    {
        var project = Directory.CreateTempSubdirectory("edition-fuzz-yaml-").FullName;
        foreach (var f in Directory.GetFiles(Base, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(project, Path.GetRelativePath(Base, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }

        return project;
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);
}
