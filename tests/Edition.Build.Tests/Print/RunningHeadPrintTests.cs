using System.Globalization;
using System.Text.RegularExpressions;
using Edition.Rendering.Latex;
using Edition.TestSupport;

namespace Edition.Build.Tests.Print;

/// <summary>
/// The running heads: a document's short title (TEI-in's <c>title[@type='short']</c>), else its title cut at a word
/// with an ellipsis, so that a 200-character title stays on the page (pdftotext's word boxes). The texts are invented.
/// </summary>
[Trait("Speed", "Slow")]
public sealed partial class RunningHeadPrintTests
{
    private static readonly string LongTitle = string.Join(" ", Enumerable.Repeat("Memorandum of a conversation between delegations,", 4)).TrimEnd(',') + " recorded";

    [SkippableFact]
    public void ALongTitlesHeadIsCutAtAWordAndStaysOnThePage()
    {
        Assert.True(LongTitle.Length >= 200, LongTitle.Length.ToString(CultureInfo.InvariantCulture));
        using var edition = new PrintedEdition("memo.xml", Tei($"<title>{LongTitle}</title>", Pages()));

        Assert.True(edition.Result.Succeeded, string.Join('\n', edition.Result.Diagnostics));
        var head = ChapterMark().Match(edition.Tex).Groups[1].Value;
        Assert.EndsWith("…", head, StringComparison.Ordinal);
        Assert.StartsWith(head[..^1], LongTitle, StringComparison.Ordinal);
        var pdf = Path.Combine(edition.Result.OutputDirectory!, "print", "edition.pdf");
        var (width, words) = Words(ExternalTool.Run("pdftotext", ["-bbox", pdf, "-"]).StdOut);
        Assert.Contains(words, w => w.Text == "MEMORANDUM"); // the head is there, in capitals
        Assert.All(words, w => Assert.True(w.XMax <= width, $"'{w.Text}' ends at {w.XMax}, beyond the page's {width}"));
    }

    [SkippableFact]
    public void AShortTitleIsTheHead()
    {
        using var edition = new PrintedEdition("memo.xml", Tei($"<title type=\"main\">{LongTitle}</title><title type=\"short\">Memorandum, 1951</title>", "<p>Words.</p>"));

        Assert.Equal("Memorandum, 1951", ChapterMark().Match(edition.Tex).Groups[1].Value);
        Assert.Contains($@"\chapter{{{LongTitle}}}", edition.Tex, StringComparison.Ordinal);
    }

    /// <summary>Enough paragraphs for pages after the chapter's first (which has no head).</summary>
    private static string Pages() => string.Concat(Enumerable.Range(1, 40).Select(i =>
        $"<p>Paragraph {i} of the memorandum, long enough to fill a few lines of the page with ordinary words that say little.</p>"));

    private static (double Width, List<(string Text, double XMax)> Words) Words(string bbox)
    {
        var width = double.Parse(PageWidth().Match(bbox).Groups[1].Value, CultureInfo.InvariantCulture);
        var words = WordBox().Matches(bbox).Select(m => (m.Groups[2].Value, double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))).ToList();
        return (width, words);
    }

    private static string Tei(string titles, string body) => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>{titles}</titleStmt>
        <publicationStmt><p>Invented for a test.</p></publicationStmt><sourceDesc><p>Invented, not a real source.</p></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="en"><body>{body}</body></text></TEI>
        """;

    [GeneratedRegex(@"\\chaptermark\{([^}]*)\}")]
    private static partial Regex ChapterMark();

    [GeneratedRegex(@"<page width=""([\d.]+)""")]
    private static partial Regex PageWidth();

    [GeneratedRegex(@"<word xMin=""[\d.-]+"" yMin=""[\d.-]+"" xMax=""([\d.-]+)"" yMax=""[\d.-]+"">([^<]*)</word>")]
    private static partial Regex WordBox();
}
