using Edition.Core.Diagnostics;
using Edition.Rendering;
using Edition.TestSupport;

namespace Edition.Build.Tests.Facsimiles;

/// <summary>
/// edition.yml's <c>print: {facsimiles: plates}</c> on the facsimile sample: the PDF holds both page images, each
/// captioned with its page's label; a page shown from the web has no plate and is reported; a word other than
/// none or plates is refused at its line.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class FacsimilePrintTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("edition-facsimile-print-").FullName;

    [SkippableFact]
    public void ThePdfHoldsBothPageImagesCaptionedWithTheirLabels()
    {
        ExternalTool.Require("latexmk", "latexmk");
        ExternalTool.Require("xelatex", "texlive-xetex");
        ExternalTool.Require("pdfimages", "poppler-utils");
        var result = Build(Sample("print:\n  facsimiles: plates\n"), pdf: true);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var pdf = Path.Combine(result.OutputDirectory!, "print", "edition.pdf");
        var images = ExternalTool.Run("pdfimages", ["-list", pdf]).StdOut.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, l => Assert.Contains(" image ", l, StringComparison.Ordinal));
        var text = ExternalTool.Run("pdftotext", ["-raw", pdf, "-"]).StdOut;
        Assert.Contains("Page 1r", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Page 1v", StringComparison.Ordinal) > text.IndexOf("Page 1r", StringComparison.Ordinal), text);
    }

    [Fact]
    public void WithoutTheChoiceNoPageImageIsPrinted()
    {
        var result = Build(Sample(""), pdf: false);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(@"\edplate", File.ReadAllText(Path.Combine(result.OutputDirectory!, "print", "edition.tex")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(result.OutputDirectory!, "print"), "facs-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void APageShownFromTheWebHasNoPlateAndIsReported()
    {
        var project = Sample("print:\n  facsimiles: plates\n");
        var yml = Path.Combine(project, "documents", "1887-03-14", "document.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("    - image: page-1v.jpg\n", "    - service: https://example.org/iiif/1v\n      width: 1000\n      height: 1300\n", StringComparison.Ordinal));
        var result = Build(project, pdf: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var found = Assert.Single(result.Diagnostics, d => d.Code == RenderingDiagnostics.PageImagesNotPrinted.Id);
        Assert.Contains("https://example.org/iiif/1v", found.Message, StringComparison.Ordinal);
        Assert.EndsWith("document.yml", found.Span.File, StringComparison.Ordinal);
        // At the page's entry under facsimile:, not the line of the graphic in the TEI Edition wrote.
        Assert.Equal(File.ReadAllLines(yml).ToList().FindIndex(l => l.Contains("service: https://example.org/iiif/1v", StringComparison.Ordinal)) + 1, found.Span.Line);
        Assert.Equal(7, found.Span.Column);
        var tex = File.ReadAllText(Path.Combine(result.OutputDirectory!, "print", "edition.tex"));
        Assert.Contains(@"{Page 1r}", tex, StringComparison.Ordinal);
        Assert.DoesNotContain(@"{Page 1v}", tex, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(result.OutputDirectory!, "print", "images"), "facs-*"));
    }

    [Fact]
    public void AnUnknownChoiceIsRefusedAtItsLine()
    {
        var project = Sample("print:\n  facsimiles: all\n");
        var result = Build(project, pdf: false);

        Assert.False(result.Succeeded);
        var found = Assert.Single(result.Diagnostics, d => d.Code == SourceDiagnostics.UnknownPrintFacsimiles.Id);
        Assert.EndsWith("edition.yml", found.Span.File, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllLines(Path.Combine(project, "edition.yml")).ToList().FindIndex(l => l.Contains("facsimiles: all", StringComparison.Ordinal)) + 1, found.Span.Line);
    }

    /// <summary>A copy of the sample with <paramref name="print"/> added to its edition.yml.</summary>
    private string Sample(string print)
    {
        var project = Incremental.TestCorpus.Copy(Path.Combine(RepoPaths.Samples, "facsimile-letter"), Path.Combine(_root, "project"));
        File.AppendAllText(Path.Combine(project, "edition.yml"), print);
        return project;
    }

    private BuildResult Build(string project, bool pdf) => EditionBuilder.Build(new BuildOptions
    {
        ProjectDirectory = project,
        OutputRoot = Path.Combine(_root, "out"),
        Print = true,
        Pdf = pdf,
        Cache = false,
    });

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
