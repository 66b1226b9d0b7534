using Edition.Core.Diagnostics;
using Edition.Rendering.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>
/// The hostile edition (every special character in every field) really compiles, prints its characters
/// as written, and compiles to the same PDF bytes twice (SOURCE_DATE_EPOCH fixes the PDF's dates and ID).
/// </summary>
[Trait("Speed", "Slow")]
public sealed class HostilePdfTests
{
    [SkippableFact]
    public void CompilesPrintsEveryCharacterAndIsReproducible()
    {
        ExternalTool.Require("latexmk", "latexmk");
        ExternalTool.Require("pdftotext", "poppler-utils");
        var files = PrintSample.Render(Hostile.Edition(), PrintSample.DefaultTemplates);
        var tex = PrintSample.Text(files.Single(f => f.RelativePath == PrintRenderer.TexPath));

        var bag = new DiagnosticBag();
        var first = LatexCompiler.Compile(tex, files, bag);
        Assert.True(first is not null, string.Join('\n', bag.Sorted()));
        var second = LatexCompiler.Compile(tex, files, bag);
        Assert.Equal(first, second);

        var pdf = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "print-hostile")).FullName, "hostile.pdf");
        File.WriteAllBytes(pdf, first);
        var text = ExternalTool.Run("pdftotext", ["-raw", pdf, "-"]).StdOut;

        // pdftotext gives typographic glyphs for some ASCII (TU encoding): compare after folding those.
        var printed = text.Replace('\u2019', '\'').Replace('\u2018', '`').Replace('\u201D', '"').Replace('\u2212', '-');
        Assert.Contains(@"Note: 50% of $5 & #1 under_score ^caret ~tilde \back {brace} <lt> >gt| ""dq"" 'sq' `bq` [br] -- !@ end", printed);

        // Chinese prints (in the CJK fallback font): a missing glyph would be dropped from the text layer. A line may
        // break between any two Han characters, as Chinese is set.
        Assert.Contains("毛泽东", System.Text.RegularExpressions.Regex.Replace(printed, @"(?<=\p{IsCJKUnifiedIdeographs})\s+(?=\p{IsCJKUnifiedIdeographs})", ""));
        Assert.Contains("reading 100% W_1", printed);
    }
}
