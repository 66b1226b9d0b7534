using Edition.Core.Diagnostics;
using Edition.Tei.Validation;

namespace Edition.Build.Tests;

/// <summary>
/// TEI-in is validated out of the box: with the tei_all Edition ships when the file names no schema (or names the
/// official tei_all URL); a schema named in an xml-model that is not on this machine is a warning at its line.
/// </summary>
public sealed class TeiInValidationTests : IDisposable
{
    private const string Header = """<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>T</p></publicationStmt><sourceDesc><p>T</p></sourceDesc></fileDesc></teiHeader>""";

    private readonly string _root = Directory.CreateTempSubdirectory("edition-tei-in-validation-").FullName;

    [Fact]
    public void AFileThatNamesNoSchemaIsValidatedWithTheShippedTeiAll()
    {
        var result = Build("<?xml version=\"1.0\"?>\n" + Tei("<p>one</p>\n<p><notTei/></p>"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("ED3001", error.Code);
        Assert.Equal(3, error.Span.Line);
        Assert.EndsWith("a.xml", error.Span.File, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOfficialTeiAllUrlIsTheShippedCopy()
    {
        var result = Build("""<?xml-model href="https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>""" + "\n" + Tei("<p>one</p>"));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ValidationDiagnostics.XmlModelSchemaMissing.Id);
    }

    [Fact]
    public void ASchemaNamedButNotHereIsAWarningAtItsLine()
    {
        var result = Build("<?xml version=\"1.0\"?>\n<?xml-model href=\"../../schemas/custom.rng\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n" + Tei("<p>one</p>"));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == ValidationDiagnostics.XmlModelSchemaMissing.Id);
        Assert.Equal((2, 1), (warning.Span.Line, warning.Span.Column));
        Assert.Contains("'../../schemas/custom.rng', which is not on this machine; validated with tei_all.rng instead", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileInADeclaredWindowsCodePageBuildsWithItsText()
    {
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding("windows-1252")!.GetBytes("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n" + Tei("<p>Šafarik’s “letter”</p>"));
        var project = Path.Combine(_root, "p");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllBytes(Path.Combine(project, "documents", "a.xml"), bytes);

        var result = Build(null);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("Šafarik’s “letter”", File.ReadAllText(Path.Combine(_root, "out", "p", "site", "documents", "a.html")), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Tei(string body) => $"""<TEI xmlns="http://www.tei-c.org/ns/1.0">{Header}<text><body>{body}</body></text></TEI>""";

    /// <summary>Builds the project with <paramref name="tei"/> as its one document (null: the one written already).</summary>
    private BuildResult Build(string? tei)
    {
        var project = Path.Combine(_root, "p");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        if (tei is not null)
        {
            File.WriteAllText(Path.Combine(project, "documents", "a.xml"), tei);
        }

        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: p\ntitle: \"P\"\nlanguages: [en]\nbase_url: \"https://example.org/p/\"\n");
        return EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = Path.Combine(_root, "out"), Print = false, Pdf = false });
    }
}
