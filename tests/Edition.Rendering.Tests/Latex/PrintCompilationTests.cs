using System.Text;
using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Rendering.Latex;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Tests.Latex;

/// <summary>
/// The print edition's fallback, with LaTeX stood in for by a compiler that stops at a chosen line of edition.tex:
/// the document the line falls in is set plainly and compiled again, a document whose fallback stops too is left
/// out with an error, and a failure outside the documents is reported as it is. (The build test with TeX is
/// PrintFallbackTests in Edition.Build.Tests.)
/// </summary>
public sealed class PrintCompilationTests
{
    private const string PlainNotice = "printed without line numbers or apparatus layout";

    private static readonly Lazy<EditionView> TwoDocuments = new(() =>
    {
        var first = PrintSample.Edition.Documents[0];
        return PrintSample.Edition with { Documents = [first, first with { Id = "second", Title = "The second document" }] };
    });

    [Fact]
    public void TheDocumentLatexStopsInIsSetPlainlyWithAWarningAndTheRestStays()
    {
        var print = Render();
        var calls = 0;
        var bag = new DiagnosticBag();

        var (pdf, compiled) = PrintCompilation.Compile(print, bag, compiler: (edition, attempt) =>
        {
            calls++;
            return StopInside("second", edition, attempt, unlessPlain: true);
        });

        Assert.NotNull(pdf);
        Assert.Equal(2, calls);
        var warning = Assert.Single(bag.Sorted());
        Assert.Equal((RenderingDiagnostics.DocumentPrintedPlainly.Id, Severity.Warning), (warning.Code, warning.Severity));
        Assert.Contains("'second'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Undefined control sequence", warning.Message, StringComparison.Ordinal);
        var tex = Encoding.UTF8.GetString(compiled.Tex);
        Assert.Single(tex.Split(PlainNotice).Skip(1));
        Assert.True(tex.IndexOf(PlainNotice, StringComparison.Ordinal) > tex.IndexOf(@"\label{doc:second}", StringComparison.Ordinal));
        Assert.Contains(@"\pstart", tex[..tex.IndexOf(@"\label{doc:second}", StringComparison.Ordinal)], StringComparison.Ordinal); // the first is typeset as ever
        Assert.Equal(compiled.Tex, compiled.Files.Single(f => f.RelativePath == PrintRenderer.TexPath).Content);
    }

    [Fact]
    public void ADocumentWhoseFallbackStopsTooIsLeftOutWithAnError()
    {
        var bag = new DiagnosticBag();

        var (pdf, compiled) = PrintCompilation.Compile(Render(), bag, compiler: (edition, attempt) => StopInside("second", edition, attempt, unlessPlain: false));

        Assert.NotNull(pdf);
        Assert.Equal(
            [RenderingDiagnostics.DocumentPrintedPlainly.Id, RenderingDiagnostics.DocumentLeftOutOfPrint.Id],
            bag.Sorted().Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.True(bag.HasErrors);
        Assert.DoesNotContain(@"\label{doc:second}", Encoding.UTF8.GetString(compiled.Tex), StringComparison.Ordinal);
    }

    [Fact]
    public void AFailureOutsideTheDocumentsIsReportedAsItIsAndNotCompiledAgain()
    {
        var calls = 0;
        var bag = new DiagnosticBag();

        var (pdf, _) = PrintCompilation.Compile(Render(), bag, compiler: (_, attempt) =>
        {
            calls++;
            attempt.Add(RenderingDiagnostics.LatexError.At(new SourceSpan(PrintRenderer.TexPath, 3, 1), "Undefined control sequence.", ""));
            return null;
        });

        Assert.Null(pdf);
        Assert.Equal(1, calls);
        Assert.Equal(RenderingDiagnostics.LatexError.Id, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void AnErrorAtADocumentsChapterLineIsTheDocumentBeforeIt()
    {
        var print = Render();
        var lines = Encoding.UTF8.GetString(print.Tex).Split('\n');
        var chapter = Array.FindIndex(lines, l => l.Contains(@"\label{doc:second}", StringComparison.Ordinal)) + 1;

        Assert.Equal("second", print.DocumentAt(chapter + 1)!.Id);
        Assert.Equal(TwoDocuments.Value.Documents[0].Id, print.DocumentAt(chapter)!.Id);
        Assert.Equal("second", print.DocumentAt(chapter, d => d.Id != "second")!.Id);
        Assert.Null(print.DocumentAt(2));
    }

    [Fact]
    public void TheFallbackIsTheDocumentsTextEscapedWithNotesAsFootnotes()
    {
        var document = TwoDocuments.Value.Documents[0];

        var plain = PlainDocumentRenderer.Render(document with { Title = "100% {odd} #title" });

        Assert.StartsWith(@"\chapter{100\% \{odd\} \#title}\label{doc:" + document.Id + "}", plain, StringComparison.Ordinal);
        Assert.Contains(@"\footnote{", plain, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\pstart", plain, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\edtext", plain, StringComparison.Ordinal);
    }

    private static PrintEdition Render()
    {
        var bag = new DiagnosticBag();
        var print = PrintRenderer.RenderEdition(TwoDocuments.Value, PrintSample.DefaultTemplates, bag);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return print!;
    }

    /// <summary>A stand-in for LaTeX: stops a few lines into <paramref name="id"/>'s part (unless that part is its plain fallback).</summary>
    private static byte[]? StopInside(string id, PrintEdition edition, DiagnosticBag attempt, bool unlessPlain)
    {
        var lines = Encoding.UTF8.GetString(edition.Tex).Split('\n');
        var chapter = Array.FindIndex(lines, l => l.Contains($@"\label{{doc:{id}}}", StringComparison.Ordinal));
        if (chapter < 0 || (unlessPlain && lines[chapter + 2].Contains(PlainNotice, StringComparison.Ordinal)))
        {
            return [0x25, 0x50, 0x44, 0x46];
        }

        attempt.Add(RenderingDiagnostics.LatexError.At(new SourceSpan(PrintRenderer.TexPath, chapter + 3, 1), @"Undefined control sequence.", @" (at l.9: \edbroken)"));
        return null;
    }
}
