using Scriban.Runtime;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Rendering.Templates;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// The print edition's LaTeX: <c>latex/edition.tex.sbn</c> rendered with the <see cref="EditionView"/> as its
/// model, plus the theme's <c>latex/support/</c> files (packages, index styles) beside it. Compiling to PDF
/// is <see cref="LatexCompiler"/>'s job, so the .tex is written even where TeX is not installed.
/// </summary>
public static class PrintRenderer
{
    public const string TexPath = "print/edition.tex";
    public const string PdfPath = "print/edition.pdf";

    public static IReadOnlyList<OutputFile> Render(EditionView edition, TemplateSet templates, DiagnosticBag diagnostics)
    {
        var renderer = new TemplateRenderer(templates, "latex");
        var functions = new ScriptObject();
        LatexFunctions.Register(functions, edition);
        var tex = renderer.Render("edition.tex.sbn", edition, diagnostics, functions);
        if (tex is null)
        {
            return [];
        }

        var files = new List<OutputFile> { OutputFile.Text(TexPath, Normalize(tex)) };
        foreach (var (relative, path) in templates.Assets("latex/support"))
        {
            files.Add(new OutputFile("print/" + relative, File.ReadAllBytes(path)));
        }

        return files;
    }

    /// <summary>The .tex is compared byte for byte: Unix line ends, no trailing blanks, runs of blank lines collapsed.</summary>
    private static string Normalize(string tex)
    {
        var lines = tex.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && result.Count > 0 && result[^1].Length == 0)
            {
                continue;
            }

            result.Add(line);
        }

        return string.Join('\n', result).Trim('\n') + "\n";
    }
}
