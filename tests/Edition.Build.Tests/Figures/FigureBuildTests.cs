using AngleSharp.Html.Parser;
using Edition.Core.Diagnostics;
using Edition.Rendering;
using Edition.TestSupport;

namespace Edition.Build.Tests.Figures;

/// <summary>
/// TEI-in figures built end to end (the invented fixture): images copied into the site and shown with their alt
/// text and caption, each refused or missing image reported at its graphic's line and shown as a placeholder, and
/// the print edition typeset with the images and captions.
/// </summary>
public sealed class FigureBuildTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("edition-figures-").FullName;

    [Fact]
    public void TheSiteShowsEachFigureAndCopiesItsImage()
    {
        var result = Build(Copy(), pdf: false, print: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = Page(result, "documents/figures.html");
        var map = page.QuerySelector("figure#fig-map")!;
        var img = map.QuerySelector("img")!;
        Assert.Equal("A blue field with a red square at its centre", img.GetAttribute("alt"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("Plate one: the northern shore", map.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("Drawn in ink on the second morning.", map.QuerySelector("p")!.TextContent);
        var copied = Path.GetFullPath(Path.Combine(result.OutputDirectory!, "site", "documents", img.GetAttribute("src")!));
        Assert.StartsWith(Path.Combine(result.OutputDirectory!, "site", "images") + "/", copied, StringComparison.Ordinal);
        Assert.Equal(FigureFixture.Png, File.ReadAllBytes(copied));

        // Inside a paragraph: phrasing content only, the paragraph kept whole.
        var inline = page.QuerySelector("p span.figure[role=figure]")!;
        Assert.Equal(img.GetAttribute("src"), inline.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("", inline.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("Sketch in the margin", inline.QuerySelector(".figcaption")!.TextContent);
        Assert.Contains("between two lines of figures.", inline.ParentElement!.TextContent, StringComparison.Ordinal);

        Assert.Equal("https://example.org/plates/three.png", page.QuerySelector("img[alt='A tall tower on a rock']")!.GetAttribute("src"));
        Assert.EndsWith("/plan.svg", page.QuerySelectorAll("figure img").Select(i => i.GetAttribute("src")!).Single(s => s.EndsWith(".svg", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(4, page.QuerySelectorAll("img").Length); // map (twice), https, svg: nothing for the tif, the outside path, javascript:
        Assert.DoesNotContain(page.QuerySelectorAll("img"), i => i.GetAttribute("src")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AMissingImageIsReportedAtItsLineAndShownAsAPlaceholderWithItsCaption()
    {
        var result = Build(Copy(), pdf: false, print: false);

        AssertReported(result, RenderingDiagnostics.ImageNotFound, "images/lost-plate.png", "lost-plate.png");
        var lost = Page(result, "documents/figures.html").QuerySelector("figure#fig-lost")!;
        Assert.Null(lost.QuerySelector("img"));
        Assert.Equal("Image not available", lost.QuerySelector(".figure-missing")!.TextContent);
        Assert.Equal("Plate two: the harbour, now lost", lost.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("Изображение недоступно", LabelsOf("ru"));
    }

    [Fact]
    public void RefusedImagesAreReportedAtTheirLines()
    {
        var result = Build(Copy(), pdf: false, print: false);

        AssertReported(result, RenderingDiagnostics.ImageOutsideProject, "../../outside.png", "outside the project");
        AssertReported(result, RenderingDiagnostics.ImageUrlRefused, "javascript:alert(1)", "javascript:alert(1)");
        AssertReported(result, RenderingDiagnostics.ImageTypeNotShown, "images/scan.tif", "scan.tif");
        AssertReported(result, RenderingDiagnostics.ImageNotPrintable, "images/plan.svg", "SVG");
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(result.OutputDirectory!, "site"), "*", SearchOption.AllDirectories), f => f.EndsWith(".tif", StringComparison.Ordinal));
    }

    [Fact]
    public void AnImageAddedOrChangedAfterABuildIsShownByTheNextOneFromTheCache()
    {
        var project = Copy();
        Assert.Null(Page(Build(project, pdf: false, print: false, cache: true), "documents/figures.html").QuerySelector("figure#fig-lost img"));

        var lost = Path.Combine(project, "documents", "images", "lost-plate.png");
        File.Copy(Path.Combine(project, "documents", "images", "map.png"), lost);
        var found = Build(project, pdf: false, print: false, cache: true);
        Assert.DoesNotContain(found.Diagnostics, d => d.Code == RenderingDiagnostics.ImageNotFound.Id);
        var src = Page(found, "documents/figures.html").QuerySelector("figure#fig-lost img")!.GetAttribute("src")!;

        var changed = FigureFixture.Png.Concat(new byte[] { 0 }).ToArray(); // trailing bytes: still a PNG
        File.WriteAllBytes(lost, changed);
        var rebuilt = Build(project, pdf: false, print: false, cache: true);
        Assert.Equal(changed, File.ReadAllBytes(Path.GetFullPath(Path.Combine(rebuilt.OutputDirectory!, "site", "documents", src))));
    }

    [SkippableFact]
    [Trait("Speed", "Slow")]
    public void ThePrintEditionHoldsTheImagesAndCaptions()
    {
        ExternalTool.Require("latexmk", "latexmk");
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        var project = Copy();
        var tei = Path.Combine(project, FigureFixture.TeiFile);
        File.WriteAllText(tei, File.ReadAllText(tei).Replace("<graphic url=\"images/map.png\"/><head>Sketch", "<graphic url=\"images/map.png\" width=\"3cm\" scale=\"0.5\"/><head>Sketch", StringComparison.Ordinal));
        var result = Build(project, pdf: true, print: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var print = Path.Combine(result.OutputDirectory!, "print");
        Assert.Equal(FigureFixture.Png, File.ReadAllBytes(Directory.GetFiles(Path.Combine(print, "images"), "*.png").Single()));
        var tex = File.ReadAllText(Path.Combine(print, "edition.tex"));
        Assert.Contains(@"\edfigure{\edfigureimage{images/", tex, StringComparison.Ordinal);
        Assert.Contains(@"\edfigure{\edfigureimage[width=1.5cm]{images/", tex, StringComparison.Ordinal); // the size the TEI asks for, as the site's
        var text = ExternalTool.Run(pdftotext, ["-layout", Path.Combine(print, "edition.pdf"), "-"]).StdOut;
        foreach (var caption in new[] { "Plate one: the northern shore", "Plate two: the harbour, now lost", "Sketch in the margin", "Plate three: the lighthouse", "Plan of the camp", "Image not available", "between two lines of figures." })
        {
            Assert.Contains(caption, text, StringComparison.Ordinal);
        }
    }

    private static void AssertReported(BuildResult result, DiagnosticDescriptor descriptor, string url, string inMessage)
    {
        var (line, column) = FigureFixture.GraphicAt(url);
        var found = Assert.Single(result.Diagnostics, d => d.Code == descriptor.Id);
        Assert.Equal(descriptor.DefaultSeverity, found.Severity);
        Assert.EndsWith(FigureFixture.TeiFile, found.Span.File, StringComparison.Ordinal);
        Assert.Equal((line, column), (found.Span.Line, found.Span.Column));
        Assert.Contains(inMessage, found.Message, StringComparison.Ordinal);
    }

    private static string LabelsOf(string lang) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Templates, "html", "labels", lang + ".json"))).RootElement.GetProperty("image_not_available").GetString()!;

    private static AngleSharp.Dom.IDocument Page(BuildResult result, string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(result.OutputDirectory!, "site", path)));

    private string Copy() => FigureFixture.Copy(Path.Combine(_root, "project"));

    private BuildResult Build(string project, bool pdf, bool print, bool cache = false) => EditionBuilder.Build(new BuildOptions
    {
        ProjectDirectory = project,
        OutputRoot = Path.Combine(_root, "out"),
        Print = print,
        Pdf = pdf,
        Cache = cache,
    });

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
