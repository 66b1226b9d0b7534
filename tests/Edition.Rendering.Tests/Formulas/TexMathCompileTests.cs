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

    private static readonly string[] Atoms = ["x", "2", "+", "=", "(", ")", @"\alpha", @"\infty", @"\sum", @"\cdots", @"\leq", @"\lim", @"\{", "*", "-"];

    /// <summary>A formula grown by the subset's grammar (often well formed), then sometimes broken by a piece put in or left out.</summary>
    private static string Formula(Random random, int depth)
    {
        string Arg() => random.Next(3) == 0 ? Atoms[random.Next(Atoms.Length)] : "{" + Formula(random, depth - 1) + "}";
        var sb = new StringBuilder();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var atom = Atoms[random.Next(Atoms.Length)];
            sb.Append(depth <= 0 ? atom : random.Next(10) switch
            {
                0 => atom + "^" + Arg(),
                1 => atom + "_" + Arg() + "^" + Arg(),
                2 => atom + "''^" + Arg(),
                3 => @"\frac" + Arg() + Arg(),
                4 => @"\sqrt[" + Formula(random, depth - 1) + "]" + Arg(),
                5 => @"\left(" + Formula(random, depth - 1) + @"\middle|" + Formula(random, depth - 1) + @"\right)^2",
                6 => $@"\begin{{pmatrix}}{Formula(random, depth - 1)} & {Formula(random, depth - 1)} \\ x & y\end{{pmatrix}}",
                7 => $@"\begin{{cases}}{Formula(random, depth - 1)} & \text{{if a b}} \\ 0 & x\end{{cases}}",
                8 => $@"\begin{{aligned}}{Formula(random, depth - 1)} &= {Formula(random, depth - 1)} \\ &= x\end{{aligned}}",
                _ => @"\mathbb{R} \bigl(" + atom + @"\bigr) \hat x \quad",
            });
        }

        return sb.ToString();
    }

    private static string Mutate(Random random, string formula)
    {
        var at = random.Next(formula.Length + 1);
        return random.Next(3) switch
        {
            0 => formula.Insert(at, Pieces[random.Next(Pieces.Length)]),
            1 when at < formula.Length => formula.Remove(at, 1),
            _ => formula,
        };
    }

    [SkippableFact]
    public void RandomFormulasThatPassCompile()
    {
        var xelatex = ExternalTool.Require("xelatex", "texlive-xetex");
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("EDITION_FUZZ_SEED"), out var seed) ? seed : 2026);
        var accepted = new List<string>();
        for (var tries = 0; accepted.Count < 400 && tries < 400_000; tries++)
        {
            var formula = Mutate(random, Formula(random, 3));
            if (TexMathSubset.Problem(formula) is null && !accepted.Contains(formula))
            {
                accepted.Add(formula);
            }
        }

        Assert.True(accepted.Count >= 200, $"only {accepted.Count} random formulas passed");
        Assert.Contains(accepted, f => f.Contains(@"\begin{", StringComparison.Ordinal) && f.Contains('&', StringComparison.Ordinal));
        Assert.Contains(accepted, f => f.Contains(@"\left", StringComparison.Ordinal) && f.Contains('^', StringComparison.Ordinal));
        Assert.Contains(accepted, f => f.Contains(@"\frac", StringComparison.Ordinal) && f.Contains('\'', StringComparison.Ordinal));
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
            var log = File.ReadAllLines(Path.Combine(folder, "t.log"));
            var errors = log.Where(l => l.StartsWith('!')).Concat(log.Where(l => l.StartsWith("l.", StringComparison.Ordinal)).Select(l => File.ReadAllLines(Path.Combine(folder, "t.tex"))[int.Parse(l[2..l.IndexOf(' ')], System.Globalization.CultureInfo.InvariantCulture) - 1])).ToList();
            Assert.True(run.ExitCode == 0 && errors.Count == 0, $"xelatex stopped ({run.ExitCode}): {string.Join(" | ", errors)}\n{run.StdOut[^Math.Min(3000, run.StdOut.Length)..]}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
