namespace Edition.RelaxNg.Tests;

/// <summary>
/// Same valid/invalid verdict as jing, file by file: the three FRUS volumes and a few hundred generated
/// snippets and mutants of them, against tei_all.rng, frus.rng and frus.rnc (FRUS's schema in compact syntax, which
/// jing reads as compact syntax too). jing runs once per schema.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class JingAgreementTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Seed = 20240515;

    public static TheoryData<string> Schemas => new(["tei/tei_all.rng", "corpus/frus-schema/frus.rng", "corpus/frus-schema/frus.rnc"]);

    [SkippableTheory]
    [MemberData(nameof(Schemas))]
    public void FrusVolumesAgreeWithJing(string schema)
    {
        var volumes = Volumes();
        AssertAgreement(SharedData.File(schema.Split('/')), volumes, minimumInvalid: 1);
    }

    [SkippableTheory]
    [MemberData(nameof(Schemas))]
    public void MutatedSnippetsAgreeWithJing(string schema)
    {
        var volumes = Volumes();
        var dir = Path.Combine(Path.GetTempPath(), "edition-relaxng-jing", Path.GetFileNameWithoutExtension(schema));
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        var files = FrusSnippetGenerator.Generate(volumes, dir, perVolume: 30, mutantsPerSnippet: 2, Seed);
        Assert.True(files.Count >= 200, $"only {files.Count} files generated");
        AssertAgreement(SharedData.File(schema.Split('/')), files, minimumInvalid: 50);
    }

    private static List<string> Volumes()
    {
        var dir = Path.Combine(SharedData.Shared, "corpus", "frus");
        return Directory.GetFiles(dir, "*.xml").OrderBy(f => f, StringComparer.Ordinal).ToList();
    }

    private void AssertAgreement(string schemaPath, List<string> files, int minimumInvalid)
    {
        _ = SharedData.Jing;
        var jingInvalid = JingRunner.InvalidFiles(schemaPath, files);
        var schema = RelaxNgSchema.Load(schemaPath);
        var disagreements = new List<string>();
        var results = files.AsParallel().Select(f => (File: f, Result: schema.Validate(f))).ToList();
        foreach (var (file, result) in results)
        {
            var jingSaysInvalid = jingInvalid.Contains(Path.GetFullPath(file));
            if (jingSaysInvalid == result.IsValid)
            {
                var ours = result.IsValid ? "valid" : string.Join("\n    ", result.Errors.Take(5));
                disagreements.Add($"{Path.GetFileName(file)}: jing says {(jingSaysInvalid ? "invalid" : "valid")}, we say {ours}");
            }
        }

        output.WriteLine($"{files.Count} files against {Path.GetFileName(schemaPath)}: jing finds {jingInvalid.Count} invalid, {disagreements.Count} disagreements");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {files.Count} verdicts differ from jing:\n" + string.Join("\n", disagreements));
        Assert.True(jingInvalid.Count >= Math.Min(minimumInvalid, files.Count), "too few invalid files to be a meaningful test");
        Assert.True(files.Count - jingInvalid.Count > 0 || files.Count < 10, "no valid file at all: the generator is broken");
    }
}
