using Edition.Core.Diagnostics;
using Edition.Rendering.Latex;
using Edition.Rendering.Tests.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Formulas;

/// <summary>The formulas' edition compiles: TeX typesets the safe formulas, prints the hostile one as text, and the XML examples' text is in the PDF.</summary>
[Trait("Speed", "Slow")]
public sealed class FormulaPdfTests
{
    [SkippableFact]
    public void CompilesWithFormulasAndExamplesInItsText()
    {
        ExternalTool.Require("latexmk", "latexmk");
        ExternalTool.Require("pdftotext", "poppler-utils");
        var bag = new DiagnosticBag();
        var files = PrintRenderer.Render(FormulaEdition.View, PrintSample.DefaultTemplates, bag, tei: FormulaEdition.Tei);
        var pdf = LatexCompiler.Compile(PrintSample.Text(files.Single(f => f.RelativePath == PrintRenderer.TexPath)), files, bag);
        Assert.True(pdf is not null && !bag.HasErrors, string.Join('\n', bag.Sorted()));

        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "print-formulas")).FullName, "formulas.pdf");
        File.WriteAllBytes(path, pdf);
        var text = ExternalTool.Run("pdftotext", ["-raw", path, "-"]).StdOut;

        // Typeset: the fraction's digits and the sum's bounds stand apart from their TeX; no backslash of theirs is printed.
        Assert.Contains("24", text, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\frac", text, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\sum", text, StringComparison.Ordinal);
        Assert.Contains("(2n+1)", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // MathML typeset: the radical sign TeX draws, the symbol with no TeX form printed as text.
        Assert.Contains("when the survey closes", text, StringComparison.Ordinal);
        Assert.Contains("\u221A", text, StringComparison.Ordinal); // the radical sign TeX draws for msqrt
        Assert.Contains("q§r", text, StringComparison.Ordinal);

        // The hostile formula is printed as its source, not run.
        Assert.Contains(@"\input{/etc/passwd}\immediate\write18{rm", text, StringComparison.Ordinal);

        // The XML examples' markup and words.
        Assert.Contains("<persName ref=\"#tolstoy\">Lev Tolstoy</persName>", text.Replace('\u201D', '"'), StringComparison.Ordinal);
        Assert.Contains("<!-- the opening -->", text.Replace('\u2212', '-'), StringComparison.Ordinal);
        Assert.Contains("friend", text, StringComparison.Ordinal);
    }
}
