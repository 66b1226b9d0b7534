using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Rendering;
using Edition.TestSupport;

namespace Edition.Build.Tests.Diagnostics;

/// <summary>Findings of a whole build of the small invented edition (tests/Edition.Build.Tests/Invalid/_base), each changed in one way.</summary>
public sealed class BuildDiagnosticsTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("edition-build-codes-").FullName;

    private string Project => Path.Combine(_work, "project");

    private string Output => Path.Combine(_work, "output");

    public BuildDiagnosticsTests() => FileTreeCopy(Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Invalid", "_base"), Project);

    [Fact]
    public void TwoDocumentsWithOneIdFailTheBuild()
    {
        File.WriteAllText(Path.Combine(Project, "documents", "doc1.xml"), """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Another doc1</title></titleStmt>
            <publicationStmt><p>Invented.</p></publicationStmt><sourceDesc><p>Invented.</p></sourceDesc></fileDesc></teiHeader>
            <text><body><p>A TEI file with the id of an authored document.</p></body></text></TEI>
            """);
        var result = Build();

        Assert.False(result.Succeeded);
        var duplicate = Assert.Single(result.Diagnostics, d => d.Code == SourceDiagnostics.DuplicateDocumentId.Id);
        Assert.Equal(Severity.Error, duplicate.Severity);
        Assert.Equal(Path.Combine(Project, "documents", "doc1"), Path.GetFullPath(duplicate.Span.File));
        Assert.StartsWith("document id 'doc1' is also used by ", duplicate.Message, StringComparison.Ordinal);
        Assert.EndsWith("doc1.xml", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EditionWithoutBaseUrlIsBuiltWithoutSitemap()
    {
        var result = Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == RenderingDiagnostics.NoBaseUrl.Id);
        Assert.Equal((Severity.Warning, SourceSpan.None("edition.yml")), (warning.Severity, warning.Span));
        Assert.Equal("no base_url in edition.yml: sitemap.xml and absolute citation URLs are left out of the site", warning.Message);
        Assert.Equal(RenderingDiagnostics.NoBaseUrl.Format(), warning.Message);
        Assert.False(File.Exists(Path.Combine(result.OutputDirectory!, "site", "sitemap.xml")));
    }

    [Fact]
    public void InterfaceLanguageWithoutLabelsIsLeftOut()
    {
        File.AppendAllText(Path.Combine(Project, "edition.yml"), "ui_languages: [en, xx]\n");
        var result = Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == RenderingDiagnostics.UnknownUiLanguage.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("edition.yml", warning.Span.File, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllLines(Path.Combine(Project, "edition.yml")).Length, warning.Span.Line);
        Assert.Equal("ui_languages names 'xx', which has no labels file (templates/html/labels/xx.json): it is left out; the languages with labels are en, ar, de, es, fr, he, it, ru, zh", warning.Message);
    }

    [Fact]
    public void OutputThatCannotBeLockedFailsTheBuild()
    {
        File.WriteAllText(Output, "a file where the output folder should be");
        var result = Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == BuildDiagnostics.LockFailed.Id);
        Assert.StartsWith("cannot lock the output for this build: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(Output, "fixture"), error.Span.File);
        Assert.Equal("a file where the output folder should be", File.ReadAllText(Output));
    }

    [Fact]
    public void CacheThatCannotBeWrittenIsAWarningNamingTheCache()
    {
        var cache = Path.Combine(Output, ".fixture.cache");
        Directory.CreateDirectory(Path.Combine(cache, "read"));
        File.WriteAllText(Path.Combine(cache, "read", ".pending"), "in the way"); // where the readings' pending folder goes
        var result = Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == BuildDiagnostics.CacheNotWritten.Id);
        Assert.Equal((Severity.Warning, SourceSpan.None(cache)), (warning.Severity, warning.Span));
        var reason = warning.Message["the build cache could not be written (".Length..warning.Message.IndexOf("): the edition", StringComparison.Ordinal)];
        Assert.Equal(BuildDiagnostics.CacheNotWritten.Format(reason), warning.Message);
    }

    private BuildResult Build() => EditionBuilder.Build(new BuildOptions { ProjectDirectory = Project, OutputRoot = Output, Pdf = false });

    private static void FileTreeCopy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "README.md"))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
