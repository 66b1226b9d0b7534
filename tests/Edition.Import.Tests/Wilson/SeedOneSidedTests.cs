using Edition.Import.Wilson;

namespace Edition.Import.Tests.Wilson;

/// <summary>The seed cut to one of its texts imports as that text alone, with a warning saying so, and builds.</summary>
[Trait("Speed", "Slow")]
public sealed class SeedOneSidedTests
{
    [SkippableFact]
    public void SeedTranslationAloneImportsAndBuilds()
    {
        // The seed with its Russian text cut out: header, then the English translation alone.
        using var variant = new SeedVariant(lines =>
        {
            var english = Array.FindIndex(lines, l => l.StartsWith("SECOND MAIN ADMINISTRATION", StringComparison.Ordinal));
            var contents = Array.FindIndex(lines, l => l == "Translation - English");
            return [.. lines[..(contents + 1)], "", .. lines[english..]];
        });
        var result = variant.Import();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnostics.NoOriginal.Id);
        Assert.Equal(SeedVariant.LineIndex(variant.Lines, "SECOND MAIN ADMINISTRATION") + 1, warning.Span.Line);
        Assert.False(File.Exists(variant.Project.Path_("documents", "1951-06-21", "original.ru.md")));
        ImportedBuild.AssertBuilds(variant.Project);
    }

    [SkippableFact]
    public void SeedOriginalAloneImportsAndBuilds()
    {
        using var variant = new SeedVariant(lines => lines[..SeedVariant.LineIndex(lines, "SECOND MAIN ADMINISTRATION")]);
        var result = variant.Import();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnostics.NoTranslation.Id);
        Assert.False(File.Exists(variant.Project.Path_("documents", "1951-06-21", "translation.en.md")));
        ImportedBuild.AssertBuilds(variant.Project);
    }
}
