using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Rendering;
using Edition.TestSupport;

namespace Edition.Build.Tests;

/// <summary>
/// A document LaTeX stops in is printed plainly and the build still makes the whole PDF, with a warning naming the
/// document at its source line. Every valid TEI input found to stop LaTeX was fixed in the LaTeX rendering, so what
/// stops it here is an edition's own theme: its block.tex.sbn prints a form work (<c>fw</c>) with a macro it never
/// defined, which only one of the two documents has.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class PrintFallbackTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("edition-fallback-").FullName;

    [SkippableFact]
    public void ADocumentLatexStopsInIsPrintedPlainlyAndThePdfHoldsEveryDocument()
    {
        ExternalTool.Require("latexmk", "latexmk");
        ExternalTool.Require("pdftotext", "poppler-utils");
        Write("documents/plain.xml", Tei("Plain letter", "<p>Quietly typeset paragraph about harbours.</p>"));
        Write("documents/broken.xml", Tei("Broken letter", "<fw type=\"header\">Telegram header</fw>\n<p>Lighthouse keepers <note>A note about lanterns.</note>wrote often.</p>"));
        Write("edition.yml", "id: fallback\ntitle: \"Fallback\"\nlanguages: [en]\nbase_url: \"https://example.org/f/\"\n");
        var block = File.ReadAllText(Path.Combine(RepoPaths.Templates, "latex", "block.tex.sbn"));
        Write("templates/latex/block.tex.sbn", block.Replace(@"\edfw{", @"\edfwNeverDefined{", StringComparison.Ordinal));

        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = _project, OutputRoot = Path.Combine(_project, "out"), Validation = ValidationPolicy.Off, Cache = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == RenderingDiagnostics.DocumentPrintedPlainly.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'broken'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("edfwNeverDefined", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("broken.xml", warning.Span.File, StringComparison.Ordinal);
        Assert.True(warning.Span.Line > 1, warning.ToString());
        var pdf = ExternalTool.Run("pdftotext", [Path.Combine(result.OutputDirectory!, "print", "edition.pdf"), "-"]).StdOut;
        foreach (var words in new[] { "Quietly typeset paragraph about harbours", "Telegram header", "Lighthouse keepers", "A note about lanterns", "printed without line numbers" })
        {
            Assert.Contains(words, pdf.ReplaceLineEndings(" "), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("edfwNeverDefined", File.ReadAllText(Path.Combine(result.OutputDirectory!, "print", "edition.tex")), StringComparison.Ordinal);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_project, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Tei(string title, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader>
            <fileDesc>
              <titleStmt><title>{title}</title></titleStmt>
              <publicationStmt><p>Test.</p></publicationStmt>
              <sourceDesc><p>Written for the test.</p></sourceDesc>
            </fileDesc>
          </teiHeader>
          <text>
            <body>
        {body}
            </body>
          </text>
        </TEI>
        """;

    public void Dispose() => Directory.Delete(_project, recursive: true);
}
