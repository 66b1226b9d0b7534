using System.Globalization;
using System.Text.RegularExpressions;
using Edition.Core.Diagnostics;

namespace Edition.Import.Wilson.Export;

/// <summary>
/// Reads the labelled header (date, title, <c>Citation:</c>, URL, <c>Summary:</c>, <c>Original Language:</c>,
/// <c>Contents:</c>). The <c>Citation:</c> label is the anchor: without it the file is not a Wilson export.
/// </summary>
internal static partial class ExportHeaderParser
{
    private static readonly string[] Branding =
        ["**Wilson", "Wilson", "Center**", "Center", "Wilson Center", "Digital Archive", "International History Declassified", "digitalarchive.wilsoncenter.org"];

    private static readonly Dictionary<string, string> LanguageCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Russian"] = "ru", ["Chinese"] = "zh", ["Korean"] = "ko", ["German"] = "de", ["Polish"] = "pl",
        ["Hungarian"] = "hu", ["Czech"] = "cs", ["Bulgarian"] = "bg", ["Romanian"] = "ro", ["Vietnamese"] = "vi",
        ["Japanese"] = "ja", ["French"] = "fr", ["Mongolian"] = "mn", ["Serbian"] = "sr", ["Ukrainian"] = "uk",
        ["Albanian"] = "sq", ["Spanish"] = "es", ["Italian"] = "it", ["English"] = "en",
    };

    /// <summary>The longest title taken, in characters (a record's is a line or two).</summary>
    public const int MaxTitle = 2_000;

    /// <summary>The longest summary taken, in characters (a record's is a paragraph or a few).</summary>
    public const int MaxSummary = 100_000;

    /// <summary>The longest other header field taken (citation, original language, credits), in characters.</summary>
    public const int MaxField = 10_000;

    /// <summary>No date line is longer ("September 30, 1951"): longer lines are not parsed as dates at all.</summary>
    private const int MaxDate = 40;

    public static ExportHeader? Parse(ExportText text, List<Diagnostic> diagnostics)
    {
        var lines = text.Lines;
        var citationLabel = FindLabel(lines, 0, "Citation");
        if (citationLabel < 0)
        {
            var first = Enumerable.Range(0, lines.Count).First(i => lines[i].Trim().Length > 0);
            diagnostics.Add(ImportDiagnostics.NoHeader.At(text.Span(first)));
            return null;
        }

        // Date and title are the non-branding lines above the citation: the first that parses as a date, then the title.
        var head = Enumerable.Range(0, citationLabel)
            .Where(i => lines[i].Trim().Length > 0 && !Branding.Contains(lines[i].Trim(), StringComparer.OrdinalIgnoreCase))
            .ToList();
        var dateLine = head.FirstOrDefault(i => ParseDate(lines[i]) is not null, -1);
        if (dateLine < 0)
        {
            diagnostics.Add(ImportDiagnostics.BadDate.At(text.Span(citationLabel)));
            return null;
        }

        var title = string.Join(' ', head.Where(i => i > dateLine).Select(i => lines[i].Trim()));
        var sections = ReadSections(lines, citationLabel, out var textStart);
        var citationLines = sections.GetValueOrDefault("Citation")?.Lines ?? [];
        var url = citationLines.Select(l => UrlPattern().Match(l)).FirstOrDefault(m => m.Success)?.Groups["url"].Value;
        var citation = string.Join(' ', citationLines.Where(l => !UrlPattern().IsMatch(l)));
        var language = Joined(sections, "Original Language");
        var header = new ExportHeader(
            Date: ParseDate(lines[dateLine])!,
            DateLine: dateLine,
            Title: title,
            Citation: citation,
            CitationLine: citationLabel + 1,
            Url: url,
            RecordId: url is null ? null : RecordPattern().Match(url) is { Success: true } m ? m.Groups[1].Value : null,
            Summary: Joined(sections, "Summary"),
            OriginalLanguage: language,
            LanguageCode: language is not null && LanguageCodes.TryGetValue(language.Split(',')[0].Trim(), out var code) ? code : null,
            Credits: Joined(sections, "Credits"),
            Contents: sections.GetValueOrDefault("Contents")?.Lines ?? [],
            TextStartLine: textStart);
        return FieldsWithinLimits(text, header, head.FirstOrDefault(i => i > dateLine, dateLine), sections, diagnostics) ? header : null;
    }

    /// <summary>No record's title, citation or summary is megabytes long: such a field is a label line missing, refused before it is copied about.</summary>
    private static bool FieldsWithinLimits(ExportText text, ExportHeader header, int titleLine, Dictionary<string, Section> sections, List<Diagnostic> diagnostics)
    {
        int LineOf(string label) => sections.TryGetValue(label, out var s) ? s.FirstLine : header.CitationLine;
        var fields = new (string Name, string? Value, int Line, int Max)[]
        {
            ("title", header.Title, titleLine, MaxTitle),
            ("citation", header.Citation, LineOf("Citation"), MaxField),
            ("summary", header.Summary, LineOf("Summary"), MaxSummary),
            ("original language", header.OriginalLanguage, LineOf("Original Language"), MaxField),
            ("credits", header.Credits, LineOf("Credits"), MaxField),
        };
        foreach (var (name, value, line, max) in fields.Where(f => f.Value?.Length > f.Max))
        {
            diagnostics.Add(ImportDiagnostics.FieldTooLong.At(text.Span(line), name, value!.Length, max));
        }

        return !fields.Any(f => f.Value?.Length > f.Max);
    }

    /// <summary>ISO date at the precision given: "June 21, 1951" → 1951-06-21, "June 1951" → 1951-06, "1951" → 1951.</summary>
    public static string? ParseDate(string line)
    {
        var s = line.Trim();
        var c = CultureInfo.InvariantCulture;
        if (s.Length > MaxDate)
        {
            return null;
        }

        if (DateTime.TryParseExact(s, ["MMMM d, yyyy", "MMM d, yyyy", "MMMM dd, yyyy"], c, DateTimeStyles.None, out var d))
        {
            return d.ToString("yyyy-MM-dd", c);
        }

        if (DateTime.TryParseExact(s, ["MMMM yyyy", "MMM yyyy"], c, DateTimeStyles.None, out d))
        {
            return d.ToString("yyyy-MM", c);
        }

        return YearPattern().IsMatch(s) ? s : null;
    }

    private static Dictionary<string, Section> ReadSections(IReadOnlyList<string> lines, int from, out int textStart)
    {
        var sections = new Dictionary<string, Section>(StringComparer.OrdinalIgnoreCase);
        Section? current = null;
        string? label = null;
        var i = from;
        for (; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (LabelPattern().Match(line) is { Success: true } m)
            {
                label = m.Groups[1].Value;
                current = sections[label] = new Section(i + 1);
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            // The contents list is the last header section: the first line that is not a contents item starts the text.
            if (string.Equals(label, "Contents", StringComparison.OrdinalIgnoreCase) && !ContentsItemPattern().IsMatch(line))
            {
                break;
            }

            current?.Add(line, i);
        }

        textStart = i;
        return sections;
    }

    private static string? Joined(Dictionary<string, Section> sections, string label) =>
        sections.TryGetValue(label, out var v) && v.Lines.Count > 0 ? string.Join(' ', v.Lines) : null;

    /// <summary>A labelled header section: the lines under its label, and where the first of them is.</summary>
    private sealed class Section(int afterLabel)
    {
        public List<string> Lines { get; } = [];

        /// <summary>The first line's index; the line after the label while there is none.</summary>
        public int FirstLine { get; private set; } = afterLabel;

        public void Add(string line, int index)
        {
            FirstLine = Lines.Count == 0 ? index : FirstLine;
            Lines.Add(line);
        }
    }

    private static int FindLabel(IReadOnlyList<string> lines, int from, string label)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (string.Equals(lines[i].Trim(), label + ":", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^([A-Z][A-Za-z &]{2,40}):$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^<?(?<url>https?://[^\s>]+)>?$")]
    private static partial Regex UrlPattern();

    /// <remarks>Right to left: tried from every digit of a long run of them, left to right would be quadratic.</remarks>
    [GeneratedRegex(@"(\d+)/?$", RegexOptions.RightToLeft)]
    private static partial Regex RecordPattern();

    [GeneratedRegex(@"^(1[89]|20)\d\d$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(Original Scan|Original Document|Translation|Transcript|Transcription)\b.{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsItemPattern();
}
