using Edition.Core.Diagnostics;
using Edition.Rendering.Latex;
using Edition.Rendering.Templates;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>What the author sees when LaTeX fails or is missing: diagnostics naming the line, never silence.</summary>
public sealed class LatexFailureTests
{
    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void UndefinedCommandInAnOverriddenTemplateIsReportedAtItsLine()
    {
        ExternalTool.Require("latexmk", "latexmk");
        var project = Directory.CreateTempSubdirectory("edition-override-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(project, "templates", "latex"));
            File.WriteAllText(Path.Combine(project, "templates", "latex", "titlepage.tex.sbn"), "\\begin{titlepage}\n{{ tex title }}\n\\notARealCommand{x}\n\\end{titlepage}\n");
            var files = PrintSample.Render(PrintSample.Edition, new TemplateSet(project, RepoPaths.Templates));
            var tex = PrintSample.Text(files.Single(f => f.RelativePath == PrintRenderer.TexPath));
            var line = Array.FindIndex(tex.Split('\n'), l => l.Contains(@"\notARealCommand", StringComparison.Ordinal)) + 1;

            var bag = new DiagnosticBag();
            Assert.Null(LatexCompiler.Compile(tex, files, bag));

            var error = Assert.Single(bag.Sorted(), d => d.Code == "ED5102");
            Assert.Equal(Severity.Error, error.Severity);
            Assert.Equal(new Edition.Core.Text.SourceSpan("print/edition.tex", line, 1), error.Span);
            Assert.Contains("Undefined control sequence", error.Message);
            Assert.Contains(@"\notARealCommand", error.Message);
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    [Fact]
    public void MissingTexIsOneWarningNamingThePackages()
    {
        var empty = Directory.CreateTempSubdirectory("edition-no-tex-").FullName;
        try
        {
            var bag = new DiagnosticBag();
            Assert.Null(LatexCompiler.Compile(PrintSample.Tex, PrintSample.Files, bag, searchPath: empty));
            var warning = Assert.Single(bag.Sorted());
            Assert.Equal(("ED5101", Severity.Warning), (warning.Code, warning.Severity));
            Assert.DoesNotContain('\n', warning.Message);
            Assert.Contains("apt-get install --no-install-recommends latexmk texlive-xetex texlive-humanities texlive-lang-cyrillic texlive-lang-arabic texlive-plain-generic fonts-noto-core fonts-noto-cjk", warning.Message);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void LogErrorsBecomeDiagnosticsWithTheirContext()
    {
        const string log = """
            (./edition.tex (./edition.sty)
            ./edition.sty:12: Undefined control sequence.
            l.12 \footparagraphA

            ! Emergency stop.
            <*> edition.tex
            """;
        var errors = LatexLog.Errors(log);
        Assert.Equal(2, errors.Count);
        Assert.Equal("print/edition.sty(12,1): error ED5102: LaTeX: Undefined control sequence. (at l.12: \\footparagraphA)", errors[0].ToString());
        Assert.Equal("print/edition.tex: error ED5102: LaTeX: Emergency stop.", errors[1].ToString());
    }
}
