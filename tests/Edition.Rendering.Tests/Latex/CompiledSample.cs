using System.Diagnostics;
using Edition.Core.Diagnostics;
using Edition.Rendering.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>
/// The sample compiled to PDF once per test class (a LaTeX run takes tens of seconds), with its text per page
/// from <c>pdftotext -layout</c>. The PDF, its text and page images are kept under the test output folder,
/// <c>bin/…/artifacts/print/</c>, for a human to look at.
/// </summary>
public sealed class CompiledSample
{
    public CompiledSample()
    {
        if (!LatexCompiler.IsAvailable || ExternalTool.Find("pdftotext") is null)
        {
            return;
        }

        var bag = new DiagnosticBag();
        var watch = Stopwatch.StartNew();
        Pdf = LatexCompiler.Compile(PrintSample.Tex, PrintSample.Files, bag);
        CompileTime = watch.Elapsed;
        Diagnostics = bag.Sorted();
        if (Pdf is null)
        {
            return;
        }

        Directory.CreateDirectory(ArtifactDirectory);
        PdfPath = Path.Combine(ArtifactDirectory, "edition.pdf");
        File.WriteAllBytes(PdfPath, Pdf);
        var pageCount = int.Parse(ExternalTool.Run("pdfinfo", [PdfPath]).StdOut.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Pages = Enumerable.Range(1, pageCount)
            .Select(n => ExternalTool.Run("pdftotext", ["-layout", "-f", $"{n}", "-l", $"{n}", PdfPath, "-"]).StdOut)
            .ToList();
        File.WriteAllText(Path.Combine(ArtifactDirectory, "edition.txt"), string.Join("\f", Pages));
        File.WriteAllText(Path.Combine(ArtifactDirectory, "compile-time.txt"), $"{CompileTime.TotalSeconds:0.0} s\n");
    }

    public static string ArtifactDirectory => Path.Combine(AppContext.BaseDirectory, "artifacts", "print");

    public byte[]? Pdf { get; }

    public string? PdfPath { get; }

    public TimeSpan CompileTime { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Text of each page; index 0 is page 1.</summary>
    public IReadOnlyList<string> Pages { get; } = [];

    /// <summary>Skips (or fails in CI) without TeX and poppler; fails with the LaTeX diagnostics when the run failed.</summary>
    public void Require()
    {
        ExternalTool.Require("latexmk", "latexmk");
        ExternalTool.Require("xelatex", "texlive-xetex");
        ExternalTool.Require("pdftotext", "poppler-utils");
        Assert.True(Pdf is not null, "LaTeX failed:\n" + string.Join('\n', Diagnostics));
    }

    /// <summary>The one-based number of the first (or last) page whose text contains <paramref name="text"/>.</summary>
    public int PageOf(string text, bool last = false)
    {
        var index = last ? Pages.ToList().FindLastIndex(p => p.Contains(text, StringComparison.Ordinal)) : Pages.ToList().FindIndex(p => p.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' is on no page");
        return index + 1;
    }
}
