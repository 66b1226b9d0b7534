using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Edition.Core.Xml;

namespace Edition.Build.Tests.ForeignTei;

/// <summary>
/// The words of a TEI file's texts and of its rendered pages, as counts, to find what a build lost: the text of
/// every outermost <c>text</c> (each member of a teiCorpus), and the text content of the document pages, hidden
/// elements included (they are in the page, as its search and its readers' tools see it).
/// </summary>
internal static partial class PageWords
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    private static readonly XNamespace MathMl = "http://www.w3.org/1998/Math/MathML";

    /// <param name="eachIdeograph">Each Han or kana character a word of its own (as a PDF's lines cut runs of them anywhere).</param>
    /// <param name="withoutMath">
    /// MathML left out: the print typesets it, and pdftotext reads a formula's scripts and fractions on their own
    /// baselines, so its tokens are no words to find (the formulas' print is checked by the formula tests).
    /// </param>
    public static Dictionary<string, int> OfTei(string file, bool eachIdeograph = false, bool withoutMath = false)
    {
        using var stream = File.OpenRead(file);
        var root = SafeXml.Load(stream).Root!;
        var texts = root.DescendantsAndSelf(Tei + "text").Where(t => !t.Ancestors(Tei + "text").Any());
        return Count(string.Join(" ", texts.Select(t => Text(t, withoutMath))), eachIdeograph);
    }

    /// <summary>
    /// The words of a PDF's text (pdftotext's): a word hyphenated at a line end is one word again; a word a note's mark
    /// follows ("words3": pdftotext joins the raised number to it) counts as the word too; the marks around a
    /// manuscript's addition (⸌yh⸍ inside a word) do not divide it.
    /// </summary>
    public static Dictionary<string, int> OfPdfText(string text)
    {
        var words = Count(AdditionMarks().Replace(text.Replace("-\n", "", StringComparison.Ordinal), ""), eachIdeograph: true);
        foreach (var (word, n) in words.ToList())
        {
            if (NoteMarked().Match(word) is { Success: true } marked)
            {
                words[marked.Groups[1].Value] = words.GetValueOrDefault(marked.Groups[1].Value) + n;
            }
        }

        return words;
    }

    /// <summary>
    /// The text as a reader has it: a block's words are not joined to the next block's, nor a note's to the word
    /// it follows (TEI files often put no space between them); inline elements join as they stand.
    /// </summary>
    private static string Text(XElement text, bool withoutMath)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var node in text.DescendantNodes())
        {
            if (node is XText { Parent: { } parent } && withoutMath && parent.Name.Namespace == MathMl)
            {
                sb.Append(' ');
            }
            else if (node is XText t)
            {
                sb.Append(t.Value);
            }
            else if (node is XElement e && (Apart.Contains(e.Name.LocalName) || IsWordBoundary(e)))
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    /// <summary>A line break not marked as inside a word (break="no", a type such as "hyphenInWord") divides words.</summary>
    private static bool IsWordBoundary(XElement e) =>
        e.Name.LocalName == "lb" && (string?)e.Attribute("break") != "no" && !((string?)e.Attribute("type") ?? "").Contains("InWord", StringComparison.OrdinalIgnoreCase);

    /// <summary>Elements whose text stands apart from what precedes them (blocks, notes, table cells).</summary>
    private static readonly HashSet<string> Apart = new(StringComparer.Ordinal)
    {
        "note", "p", "ab", "head", "l", "lg", "item", "cell", "row", "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7", "sp", "speaker",
        "stage", "titlePart", "byline", "docAuthor", "docDate", "docImprint", "label", "list", "table", "quote", "closer", "opener", "salute",
        "signed", "dateline", "trailer", "figure", "figDesc", "castItem", "role", "roleDesc", "line", "zone", "surface", "u", "bibl", "entry",
    };

    public static Dictionary<string, int> OfPages(string folder)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Where(p => !p.EndsWith(".cite.html", StringComparison.Ordinal)))
        {
            // A break inside a word is the diplomatic view's, hidden in the reading view: it does not divide the word.
            var html = Scripts().Replace(File.ReadAllText(page), " ").Replace("<br class=\"dipl lb-in-word\">", "", StringComparison.Ordinal);
            var text = WebUtility.HtmlDecode(Tags().Replace(BlockTags().Replace(html, " "), ""));
            foreach (var (word, n) in Count(text))
            {
                words[word] = words.GetValueOrDefault(word) + n;
            }
        }

        return words;
    }

    /// <summary>How many of the source's words the pages lack (a word counted as often as the source has it).</summary>
    public static (int Missing, int Total, IReadOnlyList<string> Examples) Lost(Dictionary<string, int> source, Dictionary<string, int> pages)
    {
        var lost = source.Select(w => (w.Key, Missing: Math.Max(0, w.Value - pages.GetValueOrDefault(w.Key)))).Where(w => w.Missing > 0).OrderByDescending(w => w.Missing).ToList();
        return (lost.Sum(w => w.Missing), source.Values.Sum(), lost.Take(12).Select(w => $"{w.Key}×{w.Missing}").ToList());
    }

    /// <summary>
    /// Words in composed form (NFC) on both sides: XeTeX sets "y" and a combining dot as the font's one glyph "ẏ", which
    /// pdftotext reads back composed, while TEI files often hold the decomposed letters.
    /// </summary>
    private static Dictionary<string, int> Count(string text, bool eachIdeograph = false) =>
        Words(text.Normalize(System.Text.NormalizationForm.FormC), eachIdeograph);

    private static Dictionary<string, int> Words(string text, bool eachIdeograph) =>
        (eachIdeograph ? Word().Matches(Ideograph().Replace(text, " $0 ")) : Word().Matches(text)).GroupBy(m => m.Value.ToLowerInvariant(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}\p{IsHiragana}\p{IsKatakana}\p{IsCJKCompatibilityIdeographs}]")]
    private static partial Regex Ideograph();

    /// <summary>The print's marks of an addition's place (edition.sty's \edaddabove and the like).</summary>
    [GeneratedRegex("[⸌⸍⸜⸝⸢⸣⸂⸃]")]
    private static partial Regex AdditionMarks();

    [GeneratedRegex(@"^(\p{L}+)\d+$")]
    private static partial Regex NoteMarked();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex(@"</?(div|p|li|ul|ol|h[1-6]|td|tr|th|table|br|section|dd|dt|dl|nav|header|footer|main|article|blockquote|figure|figcaption|math|mtd|mtr)\b[^>]*>")]
    private static partial Regex BlockTags();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();
}
