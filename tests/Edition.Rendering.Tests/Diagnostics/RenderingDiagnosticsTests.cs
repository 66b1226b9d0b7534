using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Rendering.Html;
using Edition.Rendering.Latex;
using Edition.Rendering.Templates;

namespace Edition.Rendering.Tests.Diagnostics;

/// <summary>The render stage's errors about a theme and about latexmk, each at the file the author can fix.</summary>
public sealed class RenderingDiagnosticsTests : IDisposable
{
    private readonly string _theme = Directory.CreateTempSubdirectory("edition-theme-codes-").FullName;

    [Fact]
    public void MissingTemplateIsNamed()
    {
        var bag = new DiagnosticBag();
        Assert.Null(new TemplateRenderer(new TemplateSet(null, _theme), "html").Render("absent.sbn", new { }, bag));

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(RenderingDiagnostics.TemplateNotFound.Id, error.Code);
        Assert.Equal(SourceSpan.None("templates/html/absent.sbn"), error.Span);
        Assert.Equal("template 'html/absent.sbn' not found in the edition's templates/ or the default theme", error.Message);
    }

    [Fact]
    public void TemplateSyntaxErrorIsAtItsLine()
    {
        var page = Write("html/page.sbn", "<h1>{{ title }}</h1>\n{{ if title }}\nno end\n");
        var bag = new DiagnosticBag();
        Assert.Null(new TemplateRenderer(new TemplateSet(null, _theme), "html").Render("page.sbn", new { Title = "T" }, bag));

        var error = Assert.Single(bag.Sorted());
        Assert.Equal((RenderingDiagnostics.TemplateSyntax.Id, Severity.Error), (error.Code, error.Severity));
        Assert.Equal(page, error.Span.File);
        Assert.True(error.Span.Line >= 2, error.ToString());
        Assert.StartsWith("template syntax: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidLabelsFileIsReportedAndEnglishKept()
    {
        var labels = Write("html/labels/en.json", "{ \"home\": \"Home\", ");
        var bag = new DiagnosticBag();
        var loaded = Labels.Load(new TemplateSet(null, _theme), bag);

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(RenderingDiagnostics.InvalidLabels.Id, error.Code);
        Assert.Equal(SourceSpan.None(labels), error.Span);
        Assert.StartsWith("the labels file is not valid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.Equal("en", Assert.Single(loaded).Lang);
    }

    [Fact]
    public void LatexmkFailingWithoutALogIsReportedWithItsOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in latexmk is a shell script
        }

        var bin = Directory.CreateDirectory(Path.Combine(_theme, "bin")).FullName;
        Script(Path.Combine(bin, "latexmk"), "#!/bin/sh\necho 'Latexmk: something went wrong'\necho 'no log was written'\nexit 12\n");
        Script(Path.Combine(bin, "xelatex"), "#!/bin/sh\nexit 1\n");
        var bag = new DiagnosticBag();

        Assert.Null(LatexCompiler.Compile("\\documentclass{article}\\begin{document}x\\end{document}\n", [], bag, searchPath: bin));

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(RenderingDiagnostics.LatexmkFailed.Id, error.Code);
        Assert.Equal(SourceSpan.None(PrintRenderer.TexPath), error.Span);
        Assert.Equal("latexmk failed (exit code 12): Latexmk: something went wrong | no log was written", error.Message);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_theme, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static void Script(string path, string text)
    {
        File.WriteAllText(path, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => Directory.Delete(_theme, recursive: true);
}
