using System.Text;
using System.Text.RegularExpressions;

namespace Edition.Build.Tests.Print;

/// <summary>
/// Arabic and Hebrew in print: a text in the language, right to left, and runs of either script inside an English text
/// (and of Hangul and Han), each in a font that has its letters (pdftotext finds the words, no replacement character,
/// XeTeX's log names no missing character). The texts are invented.
/// pdftotext gives Arabic letters as presentation forms (NFKC makes them letters again) and may reverse right-to-left
/// words, so word sets are compared; the words avoid lam-alef, a ligature pdftotext reads as lam alone.
/// </summary>
[Trait("Speed", "Slow")]
public sealed partial class RightToLeftPrintTests
{
    private const string ArabicText = "كتب الولد رسالة طويلة إلى صديقه في المدينة";
    private const string HebrewText = "הילד כתב מכתב ארוך לחבר שלו בעיר הגדולה";

    [SkippableFact]
    public void AnArabicTextPrintsItsWords() => AssertPrinted(Tei("ar", $"<p>{ArabicText}.</p><p>وصل <supplied>الكتاب</supplied> يوم الخميس<note>رسالة المحرر</note> مع البريد.</p>"), ArabicText + " الكتاب يوم الخميس رسالة المحرر مع البريد");

    [SkippableFact]
    public void AHebrewTextPrintsItsWords() => AssertPrinted(Tei("he", $"<p>{HebrewText}.</p>"), HebrewText);

    [SkippableFact]
    public void RunsOfOtherScriptsInAnEnglishTextPrintTheirWords() =>
        AssertPrinted(Tei("en", $"<p>The envoy wrote <foreign xml:lang=\"ar\">{ArabicText}</foreign> and <foreign xml:lang=\"he\">{HebrewText}</foreign>, then 문단을 표시한다 and 中文.</p>"), $"{ArabicText} {HebrewText} The envoy wrote 문단을 표시한다 中文");

    private static void AssertPrinted(string tei, string expectedWords)
    {
        using var edition = new PrintedEdition("invented.xml", tei);

        Assert.True(edition.Result.Succeeded, string.Join('\n', edition.Result.Diagnostics));
        Assert.DoesNotContain(edition.Result.Diagnostics, d => d.Code == Rendering.RenderingDiagnostics.ScriptFontMissing.Id || d.Code == Rendering.RenderingDiagnostics.DocumentPrintedPlainly.Id);
        Assert.DoesNotContain(edition.Result.Diagnostics, d => d.Code == Rendering.RenderingDiagnostics.MissingGlyphs.Id || d.Code == Rendering.RenderingDiagnostics.MissingGlyphsOutsideDocuments.Id); // every letter has its glyph
        Assert.DoesNotContain('\uFFFD', edition.Text);
        var printed = Words(edition.Text);
        var missing = Words(expectedWords).Where(w => !printed.Contains(w)).ToList();
        Assert.True(missing.Count == 0, $"missing from the PDF: {string.Join(" ", missing)}\nPDF text: {edition.Text}");
    }

    private static HashSet<string> Words(string text) =>
        Word().Matches(text.Normalize(NormalizationForm.FormKC)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private static string Tei(string lang, string body) => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Invented text</title></titleStmt>
        <publicationStmt><p>Invented for a test.</p></publicationStmt><sourceDesc><p>Invented, not a real source.</p></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="{lang}"><body>{body}</body></text></TEI>
        """;

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
