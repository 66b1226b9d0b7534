using Edition.Core.Diagnostics;
using Edition.Rendering.Latex;
using Edition.Rendering.Tests.Latex;

namespace Edition.Rendering.Tests.Formulas;

/// <summary>
/// TeX formulas in print: the safe ones given to TeX, the hostile one printed as its escaped source with a warning
/// at its TEI line; XML examples monospaced with their lines kept.
/// </summary>
public sealed class FormulaPrintTests
{
    private static (string Tex, DiagnosticBag Diagnostics) Render()
    {
        var bag = new DiagnosticBag();
        var files = PrintRenderer.Render(FormulaEdition.View, PrintSample.DefaultTemplates, bag, tei: FormulaEdition.Tei);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return (PrintSample.Text(files.Single(f => f.RelativePath == PrintRenderer.TexPath)), bag);
    }

    [Fact]
    public void SafeFormulasAreTypesetByTex()
    {
        var tex = Render().Tex;
        Assert.Contains(@"\edmath{\frac{24}{x}}", tex, StringComparison.Ordinal);
        Assert.Contains(@"\eddisplaymath{\sum_{i=1}^{n} i^2 = \frac{n(n+1)(2n+1)}{6}}", tex, StringComparison.Ordinal);
        Assert.Contains(@"\edmath{\sqrt[3]{\alpha + \beta}}", tex, StringComparison.Ordinal);
        Assert.Contains(@"\eddisplaymath{\begin{pmatrix} a & b \\ c & d \end{pmatrix}}", tex, StringComparison.Ordinal);
    }

    [Fact]
    public void MathmlFormulasAreTypesetByTex()
    {
        var tex = Render().Tex;
        Assert.Contains(@"\edmath{x=\frac{-b\pm \sqrt{{b}^{2}-4ac}}{2a}}", tex, StringComparison.Ordinal);
        Assert.Contains(@"\eddisplaymath{\sum _{k=0}^{n}{\alpha }_{k}^{2}\leq \left({u},{v}\right)\begin{matrix}{1}&{0}\\{0}&{\text{л}}\end{matrix}}", tex, StringComparison.Ordinal);
        Assert.Contains(@"\edmath{\frac{a}{b}}", tex, StringComparison.Ordinal);
        Assert.Contains("A symbol with no TeX form, q§r, prints", tex, StringComparison.Ordinal); // its tokens, as text
    }

    [Fact]
    public void AHostileFormulaIsPrintedAsItsSourceWithAWarningAtItsLine()
    {
        var (tex, bag) = Render();
        Assert.Contains(@"\edtexsource{\textbackslash{}input\{/etc/passwd\}\textbackslash{}immediate\textbackslash{}write18\{rm -rf /\}}", tex, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\input{/etc", tex, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\immediate\write", tex, StringComparison.Ordinal);

        var warning = Assert.Single(bag.Sorted(), d => d.Code == RenderingDiagnostics.TexFormulaNotTypeset.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("formulas.xml", warning.Span.File, StringComparison.Ordinal);
        Assert.Equal(FormulaEdition.LineOf(@"\input{/etc/passwd}"), warning.Span.Line);
        Assert.Contains(@"'\input' is not among the math commands", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XmlExamplesAreMonospacedWithTheirLinesKept()
    {
        var tex = Render().Tex;
        Assert.Contains(@"\edxml{\textless{}persName ref=\textquotedbl{}\#tolstoy\textquotedbl{}\textgreater{}Lev Tolstoy\textless{}/persName\textgreater{}}", tex, StringComparison.Ordinal);
        Assert.Contains(@"\edxmlblock{\textless{}div type=\textquotedbl{}letter\textquotedbl{}\textgreater{}\edlinebreak{}\mbox{~~}\textless{}!-{}- the opening -{}-\textgreater{}\edlinebreak{}", tex, StringComparison.Ordinal);
        Assert.Contains(@"Dear \&amp; kind", tex, StringComparison.Ordinal);
    }
}
