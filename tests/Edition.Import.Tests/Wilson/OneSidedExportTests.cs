using Edition.Core.Diagnostics;
using Edition.Import.Wilson;

namespace Edition.Import.Tests.Wilson;

/// <summary>
/// An export with only a translation imports as a translation-only document (the original's language named, the
/// original not transcribed); one with only the original imports as an original alone. Both build.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class OneSidedExportTests
{
    [SkippableFact]
    public void TranslationAloneImportsAsATranslationOnlyDocument()
    {
        using var export = new InventedExport(InventedExport.English);
        using var project = new TempProject();
        var result = Import(export, project);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnostics.NoOriginal.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("no Russian text before the translation: imported as a translation alone", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportDiagnostics.Unaligned.Id);
        Assert.Equal(["document.yml", "translation.en.md"], Files(project));

        var doc = YamlMap.Root(project.Read("documents", "1950-03-05", "document.yml"));
        Assert.Equal("ru", YamlMap.Get(doc, "language"));
        Assert.Equal("en", YamlMap.Get(doc, "translation.language"));
        var text = project.Read("documents", "1950-03-05", "translation.en.md");
        Assert.Contains("{#p1} 1. The invented harvest", text, StringComparison.Ordinal);
        Assert.Contains("{signed} {person mao-zedong: MAO ZEDONG}", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\{#p2-2\} Telegraph fulfillment\.$", text);

        var teiFolder = Path.Combine(ImportedBuild.AssertBuilds(project).OutputDirectory!, "tei");
        var tei = File.ReadAllText(Assert.Single(Directory.GetFiles(teiFolder, "*1950-03-05*.xml")));
        Assert.Contains("The original (Russian) is not transcribed in this edition", tei, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void OriginalAloneImportsWithoutATranslation()
    {
        using var export = new InventedExport(InventedExport.Russian, contents: "Original Scan");
        using var project = new TempProject();
        var result = Import(export, project);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(Severity.Warning, Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnostics.NoTranslation.Id).Severity);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportDiagnostics.Unaligned.Id);
        Assert.Equal(["document.yml", "original.ru.md"], Files(project));

        var doc = YamlMap.Root(project.Read("documents", "1950-03-05", "document.yml"));
        Assert.Equal("ru", YamlMap.Get(doc, "language"));
        Assert.Null(YamlMap.Get(doc, "translation"));
        var text = project.Read("documents", "1950-03-05", "original.ru.md");
        Assert.Contains("{#p1} 1. Выдуманный урожай", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\{#p2-2\} Сообщите Ваши соображения\.$", text);
        Assert.Contains("{signed} {person mao-zedong: МАО ЦЗЕ-ДУН}", text, StringComparison.Ordinal);

        ImportedBuild.AssertBuilds(project);
    }

    internal static ImportResult Import(InventedExport export, TempProject project) =>
        WilsonImporter.Import(export.Path, new ImportOptions(project.Directory, RevisionDate: Seed.Pinned));

    private static string[] Files(TempProject project) =>
        Directory.GetFiles(project.Path_("documents", "1950-03-05")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
}
