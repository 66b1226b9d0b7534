using System.Text;
using Edition.Rendering.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Formulas;

/// <summary>
/// What the safe subset lets through really compiles: formulas made at random from its tokens (and from tokens it
/// must refuse), every accepted one typeset by xelatex with edition.sty's packages, which must not stop.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class TexMathCompileTests
{
    private static readonly string[] Pieces =
    [
        "x", "2", "+", "=", "(", ")", "[", "]", "|", ".", ",", "'", " ", "^", "_", "{", "}", "&", @"\\", @"\alpha", @"\infty", @"\sum", @"\frac",
        @"\sqrt", @"\left(", @"\right)", @"\left[", @"\right]", @"\middle|", @"\bigl(", @"\bigr)", @"\mathbb", @"\hat", @"\text{a b}", @"\quad",
        @"\begin{pmatrix}", @"\end{pmatrix}", @"\begin{cases}", @"\end{cases}", @"\begin{aligned}", @"\end{aligned}", @"\cdots", @"\leq", @"\to",
        @"\operatorname", @"\binom", @"\overbrace", @"\lim", @"\displaystyle", @"\{", @"\}", "*", "<", "-", "!", ";",
    ];

    [SkippableFact]
    public void RandomFormulasThatPassCompile()
    {
        var xelatex = ExternalTool.Require("xelatex", "texlive-xetex");
        var random = new Random(2026);
        var accepted = new List<string>();
        for (var tries = 0; accepted.Count < 400 && tries < 400_000; tries++)
        {
            var formula = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            if (TexMathSubset.Problem(formula) is null && !accepted.Contains(formula))
            {
                accepted.Add(formula);
            }
        }

        Assert.True(accepted.Count >= 200, $"only {accepted.Count} random formulas passed");
        var folder = Directory.CreateTempSubdirectory("edition-texmath-").FullName;
        try
        {
            var tex = new StringBuilder(@"\documentclass{article}\usepackage{fontspec}\usepackage{amsmath}\usepackage{amssymb}\begin{document}" + "\n");
            foreach (var f in accepted)
            {
                tex.Append(@"Inline \ensuremath{").Append(f).Append(@"} and displayed {\centering$\displaystyle ").Append(f).Append("$\\par}\n");
            }

            File.WriteAllText(Path.Combine(folder, "t.tex"), tex.Append(@"\end{document}").ToString());
            var run = ExternalTool.Run(xelatex, ["-interaction=nonstopmode", "-halt-on-error", "-no-pdf", "t.tex"], folder, TimeSpan.FromMinutes(5));
            var errors = File.ReadAllLines(Path.Combine(folder, "t.log")).Where(l => l.StartsWith('!')).ToList();
            Assert.True(run.ExitCode == 0 && errors.Count == 0, $"xelatex stopped ({run.ExitCode}): {string.Join(" | ", errors)}\n{run.StdOut[^Math.Min(3000, run.StdOut.Length)..]}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
