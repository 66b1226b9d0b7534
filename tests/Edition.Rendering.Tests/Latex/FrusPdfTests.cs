using System.Text.RegularExpressions;
using Edition.Core.Diagnostics;
using Edition.Rendering.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>
/// A whole FRUS volume (138 documents: lists, attachments, tables, hundreds of footnotes) compiled to PDF with
/// XeLaTeX and read back with pdftotext: every document is in it.
/// </summary>
[Trait("Speed", "Slow")]
public sealed partial class FrusPdfTests
{
    [SkippableFact]
    public void AVolumeCompilesAndEveryDocumentIsInThePdf()
    {
        ExternalTool.Require("latexmk", "latexmk");
        ExternalTool.Require("xelatex", "texlive-xetex");
        ExternalTool.Require("pdftotext", "poppler-utils");
        var (edition, _) = FrusPrint.Read("frus1894Nicaragua");
        var files = PrintSample.Render(edition, PrintSample.DefaultTemplates);
        var bag = new DiagnosticBag();
        var pdf = LatexCompiler.Compile(PrintSample.Text(files.Single(f => f.RelativePath == PrintRenderer.TexPath)), files, bag);
        Assert.True(pdf is not null, "LaTeX failed:\n" + string.Join('\n', bag.Sorted()));

        var path = Path.Combine(CompiledSample.ArtifactDirectory, "frus1894Nicaragua.pdf");
        Directory.CreateDirectory(CompiledSample.ArtifactDirectory);
        File.WriteAllBytes(path, pdf);
        var text = Whitespace().Replace(ExternalTool.Run("pdftotext", [path, "-"]).StdOut.Replace("-\n", "", StringComparison.Ordinal), " ");
        Assert.Equal(138, edition.Documents.Count);
        var missing = edition.Documents.Where(d => !text.Contains(Whitespace().Replace(d.Title, " "), StringComparison.Ordinal)).Select(d => d.Id).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} document titles not in the PDF: " + string.Join(", ", missing.Take(10)));
        Assert.Contains("List of documents", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
