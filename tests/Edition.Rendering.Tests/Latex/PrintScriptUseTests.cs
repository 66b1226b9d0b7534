using Edition.Core.Diagnostics;
using Edition.Rendering.Latex;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Tests.Latex;

/// <summary>
/// Which scripts a document prints, and the warning where the system has no font for one of them (instead of a PDF
/// with missing glyphs and no word). The texts are invented.
/// </summary>
public sealed class PrintScriptUseTests
{
    private static DocumentView Document(string id, string text, string lang) => new()
    {
        Id = id,
        Title = "Invented",
        TeiFile = id + ".xml",
        Texts = [new TextView("original", lang, lang, [new BlockView { Kind = "p", Inlines = [new TextNode(text)] }])],
    };

    private static EditionView Edition(params DocumentView[] documents) => new() { Id = "e", Title = "Invented", Documents = documents };

    [Fact]
    public void ADocumentsScriptsAreFoundInItsText()
    {
        Assert.Equal([PrintScript.Arabic], PrintScriptUse.Of(Document("a", "كتب الولد", "ar")));
        Assert.Equal([PrintScript.Cjk, PrintScript.Hebrew], PrintScriptUse.Of(Document("b", "הילד and 中文", "en")).Order());
        Assert.Empty(PrintScriptUse.Of(Document("c", "Товарищ ФИЛИППОВ", "ru")));
    }

    [Fact]
    public void AScriptWithoutItsFontIsAWarningNamingTheDocumentTheScriptAndThePackage()
    {
        var bag = new DiagnosticBag();

        PrintScriptUse.Report(Edition(Document("letter", "كتب الولد", "ar"), Document("plain", "words", "en")), bag, font => font != "Noto Naskh Arabic");

        var warning = Assert.Single(bag.Sorted());
        Assert.Equal(RenderingDiagnostics.ScriptFontMissing.Id, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'letter'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Arabic", warning.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-core", warning.Message, StringComparison.Ordinal);
        Assert.Equal("tei/letter.xml", warning.Span.File);
    }

    [Fact]
    public void TheRightToLeftLanguagesAreDeclaredWhereTheirScriptIsUsed()
    {
        var functions = new Scriban.Runtime.ScriptObject();
        var edition = Edition(Document("a", "The envoy wrote كتب", "en"));
        var (_, languages) = LatexFunctions.Register(functions, edition, Figures.FigureImages.None, PrintLabels.Of(PrintSample.DefaultTemplates, edition));
        Assert.Contains("arabic", languages);
        Assert.DoesNotContain("hebrew", languages);
    }
}
