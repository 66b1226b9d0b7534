using Edition.Rendering.Latex;

namespace Edition.Rendering.Tests.Formulas;

/// <summary>Only a safe subset of TeX math reaches TeX: the rest, hostile or merely unknown, is refused with a reason.</summary>
public sealed class TexMathSubsetTests
{
    [Theory]
    [InlineData(@"\frac{24}{x}")]
    [InlineData(@"\sum_{i=1}^{n} i^2 = \frac{n(n+1)(2n+1)}{6}")]
    [InlineData(@"\sqrt[3]{\alpha + \beta}")]
    [InlineData(@"\begin{pmatrix} a & b \\ c & d \end{pmatrix}")]
    [InlineData(@"f(x) = \begin{cases} 0 & x < 0 \\ 1 & \text{otherwise} \end{cases}")]
    [InlineData(@"\left( \frac{a}{b} \right)^{2} \cdot \left\{ x \middle| x > 0 \right\}")]
    [InlineData(@"x'^2 + y'' + z_1^2 + \lim_{n \to \infty} a_n")]
    [InlineData(@"\mathbb{R}^n \times \mathcal{O} \leq \operatorname{rank} A \quad \bigl( a \bigr)")]
    [InlineData(@"E = mc^2, \; a \neq b \implies \hat{x} \in \overline{X}")]
    [InlineData(@"\frac12 + x^\alpha + \sqrt2 {}^{14}C")]
    public void MathInTheSubsetIsTypeset(string tex) => Assert.Null(TexMathSubset.Problem(tex));

    [Theory]
    [InlineData(@"\input{/etc/passwd}", @"\input")]
    [InlineData(@"\immediate\write18{rm -rf /}", @"\immediate")]
    [InlineData(@"\write18{id}", @"\write")]
    [InlineData(@"\openout1=x.tex", @"\openout")]
    [InlineData(@"\def\x{1}\x", @"\def")]
    [InlineData(@"\let\frac\input", @"\let")]
    [InlineData(@"\catcode`\^^M=13", @"\catcode")]
    [InlineData(@"\csname input\endcsname{x}", @"\csname")]
    [InlineData(@"\expandafter\x", @"\expandafter")]
    [InlineData(@"\newcommand{\x}{y}", @"\newcommand")]
    [InlineData(@"\include{x}", @"\include")]
    [InlineData(@"\usepackage{shellesc}", @"\usepackage")]
    [InlineData(@"\href{javascript:x}{y}", @"\href")]
    [InlineData(@"x^^5cinput", "cannot take")]
    [InlineData(@"a % comment }", "'%'")]
    [InlineData("a # b", "'#'")]
    [InlineData("a $ b", "'$'")]
    [InlineData("a ~ b", "'~'")]
    [InlineData("α + β", "'α'")]
    [InlineData(@"\frac{a}", @"'\frac' lacks")]
    [InlineData("{a", "not closed")]
    [InlineData("a}", "closes nothing")]
    [InlineData(@"\left( a", @"no \right")]
    [InlineData(@"a \right)", @"no \left")]
    [InlineData(@"x^a^b", "double superscript")]
    [InlineData(@"x_a_b", "double subscript")]
    [InlineData(@"x^2'", "double superscript")]
    [InlineData("a & b", "outside a matrix")]
    [InlineData(@"a \\ b", "outside a matrix")]
    [InlineData(@"\begin{pmatrix} {a & b} \end{pmatrix}", "outside a matrix")]
    [InlineData(@"\begin{pmatrix} a \end{bmatrix}", "another")]
    [InlineData(@"\begin{array}{c} a \end{array}", "'array'")]
    [InlineData(@"\begin{cases} a & b & c \end{cases}", "too many columns")]
    [InlineData(@"\text{a \input x}", "plain text")]
    [InlineData(@"\text{a^b}", "'^'")]
    [InlineData(@"x^\frac12", "cannot take")]
    [InlineData(@"\sqrt[\left( x \right]]{y}", "delimiter")]
    [InlineData(@"\sqrt[\left( ] \right)]{y}", "optional argument")]
    [InlineData(@"\sqrt[\begin{matrix} a \end{matrix}]{y}", "optional argument")]
    [InlineData(@"\sqrt[\sqrt[3]{x}]{y}", "brace it")]
    [InlineData(@"\begin{pmatrix} a \\ [2pt] b \end{pmatrix}", "'['")]
    [InlineData(@"\", @"'\'")]
    public void AnythingElseIsRefusedWithItsReason(string tex, string reason)
    {
        var problem = TexMathSubset.Problem(tex);
        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepNestingAndLongFormulasAreRefused()
    {
        Assert.Contains("levels deep", TexMathSubset.Problem(new string('{', 40) + "x" + new string('}', 40)), StringComparison.Ordinal);
        Assert.Contains("longer than", TexMathSubset.Problem(string.Concat(Enumerable.Repeat("x+", TexMathSubset.MaxLength))), StringComparison.Ordinal);
    }
}
