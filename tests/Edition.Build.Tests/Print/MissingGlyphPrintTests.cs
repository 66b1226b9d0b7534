using Edition.Rendering;

namespace Edition.Build.Tests.Print;

/// <summary>
/// A character no font of the print edition has (Phoenician: Noto Serif has none of its letters) is a warning naming
/// the document, the character and its code point, at the source line holding it, never a silent blank. The texts
/// are invented.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class MissingGlyphPrintTests
{
    private const string Phoenician = "𐤀𐤁𐤂";

    [SkippableFact]
    public void ACharacterTheFontLacksIsAWarningAtTheDocumentsLine()
    {
        using var edition = new PrintedEdition("stone.xml", Tei($"<p>The stone reads</p>\n<p><foreign>{Phoenician}</foreign> in its first line.</p>"));

        Assert.True(edition.Result.Succeeded, string.Join('\n', edition.Result.Diagnostics));
        var warning = Assert.Single(edition.Result.Diagnostics, d => d.Code == RenderingDiagnostics.MissingGlyphs.Id);
        Assert.Contains("'stone'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("𐤀 (U+10900), 𐤁 (U+10901), 𐤂 (U+10902)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Noto Serif", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("stone.xml", warning.Span.File, StringComparison.Ordinal);
        Assert.Equal(4, warning.Span.Line);
        Assert.DoesNotContain(edition.Result.Diagnostics, d => d.Code == RenderingDiagnostics.MissingGlyphsOutsideDocuments.Id);
    }

    [SkippableFact]
    public void ACharacterTheFontLacksInTheEditionsOwnPagesNamesTheEdition()
    {
        using var edition = new PrintedEdition("plain.xml", Tei("<p>Plain words.</p>"), editionTitle: $"The stone {Phoenician}");

        var warning = Assert.Single(edition.Result.Diagnostics, d => d.Code == RenderingDiagnostics.MissingGlyphsOutsideDocuments.Id);
        Assert.Contains("𐤀 (U+10900)", warning.Message, StringComparison.Ordinal);
        Assert.Equal("print/edition.tex", warning.Span.File);
        Assert.True(warning.Span.HasPosition);
        Assert.DoesNotContain(edition.Result.Diagnostics, d => d.Code == RenderingDiagnostics.MissingGlyphs.Id);
    }

    private static string Tei(string body) => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Invented inscription</title></titleStmt>
        <publicationStmt><p>Invented for a test.</p></publicationStmt><sourceDesc><p>Invented, not a real source.</p></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="en"><body>{body}</body></text></TEI>
        """;
}
