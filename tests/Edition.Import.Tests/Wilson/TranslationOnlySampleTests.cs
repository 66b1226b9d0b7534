using Edition.Import.Wilson;
using Edition.TestSupport;

namespace Edition.Import.Tests.Wilson;

/// <summary>samples/translation-only is the invented fixture export imported as it is: importing it again gives the same files.</summary>
[Trait("Speed", "Slow")]
public sealed class TranslationOnlySampleTests
{
    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "Edition.Import.Tests", "Wilson", "Fixtures", "translation-only.txt");

    private static string Sample => Path.Combine(RepoPaths.Samples, "translation-only");

    [SkippableFact]
    public void SampleIsTheFixtureImported()
    {
        using var project = new TempProject();
        File.WriteAllText(project.Path_("edition.yml"), File.ReadAllText(Path.Combine(Sample, "edition.yml")));
        var result = WilsonImporter.Import(Fixture, new ImportOptions(project.Directory, RevisionDate: Seed.Pinned));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        foreach (var file in new[] { "persons.yml", "documents/1950-03-05/document.yml", "documents/1950-03-05/translation.en.md" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Sample, file)), project.Read(file.Split('/')));
        }
    }

    [SkippableFact]
    public void ReportSaysTheExportHoldsOneText()
    {
        using var project = new TempProject();
        File.WriteAllText(project.Path_("edition.yml"), File.ReadAllText(Path.Combine(Sample, "edition.yml")));
        var report = WilsonImporter.Import(Fixture, new ImportOptions(project.Directory, RevisionDate: Seed.Pinned)).Report.ToText();

        Assert.Contains("original     none in the export (translation only)", report, StringComparison.Ordinal);
        Assert.Contains("aligned      nothing to align (one text)", report, StringComparison.Ordinal);
        Assert.DoesNotContain("0 body paragraphs", report, StringComparison.Ordinal);
        Assert.DoesNotContain("leaves out", report, StringComparison.Ordinal);
    }

    [Fact]
    public void FixtureIsTheInventedExport() =>
        Assert.Equal(InventedExport.Text(InventedExport.English), File.ReadAllText(Fixture).ReplaceLineEndings("\n"));
}
