using System.Text;
using Edition.Core.Diagnostics;
using Edition.Rendering.Latex;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Tests.Latex;

/// <summary>The characters a PDF lacks, told per document that holds them, else as the edition's own pages'.</summary>
public sealed class MissingGlyphReportTests
{
    [Fact]
    public void EachCharacterIsToldWithTheDocumentThatHoldsItOrTheEditionsPages()
    {
        var stone = new DocumentView { Id = "stone", Title = "Stone", TeiFile = "stone.xml" };
        var plain = new DocumentView { Id = "plain", Title = "Plain", TeiFile = "plain.xml" };
        var frame = $"\\title{{Stones}}\n\\author{{𐤁}}\n{PrintEdition.Marker(0)}{PrintEdition.Marker(1)}\\end{{document}}\n";
        var edition = PrintEdition.FromParts(frame, [(stone, Encoding.UTF8.GetBytes("\\chapter{Stone}\nreads 𐤀 and 𐤂\n")), (plain, Encoding.UTF8.GetBytes("\\chapter{Plain}\nwords\n"))], []);
        var bag = new DiagnosticBag();

        MissingGlyphReport.Report(edition, [new MissingGlyph("𐤀", "Noto Serif Regular"), new MissingGlyph("𐤁", "Noto Serif Bold"), new MissingGlyph("𐤂", "Noto Serif Regular")], bag, tei: null);

        var found = bag.Sorted();
        var document = Assert.Single(found, d => d.Code == RenderingDiagnostics.MissingGlyphs.Id);
        Assert.Equal("document 'stone' prints blanks in the PDF for 𐤀 (U+10900), 𐤂 (U+10902): its font has no glyph for them (Noto Serif Regular)", document.Message);
        Assert.Equal("tei/stone.xml", document.Span.File);
        Assert.Equal(Severity.Warning, document.Severity);
        var pages = Assert.Single(found, d => d.Code == RenderingDiagnostics.MissingGlyphsOutsideDocuments.Id);
        Assert.Contains("𐤁 (U+10901)", pages.Message, StringComparison.Ordinal);
        Assert.Contains("Noto Serif Bold", pages.Message, StringComparison.Ordinal);
        Assert.Equal((PrintRenderer.TexPath, 2), (pages.Span.File, pages.Span.Line));
    }

    [Fact]
    public void NoMissingCharacterNoWarning()
    {
        var bag = new DiagnosticBag();
        MissingGlyphReport.Report(PrintEdition.FromParts("\\end{document}\n", [], []), [], bag, tei: null);
        Assert.Empty(bag.Sorted());
    }
}
