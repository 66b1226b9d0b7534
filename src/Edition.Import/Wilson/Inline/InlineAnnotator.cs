using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Edition.Import.Wilson.Names;

namespace Edition.Import.Wilson.Inline;

/// <summary>
/// Turns one line of exported text into edition source: links known names (<c>{person ID: …}</c>,
/// <c>{place ID: …}</c>), marks letter-spacing (<c>{spaced: …}</c>), the translation's bracketed insertions
/// (<c>{supplied resp=WCDA: …}</c>) and, in datelines, dates (<c>{date ISO: …}</c>); escapes everything else.
/// </summary>
internal sealed partial class InlineAnnotator(NameIndex names, string? witness, int documentYear)
{
    public int Supplied { get; private set; }

    /// <param name="linkedOnce">Names linked earlier in the same block; names that should be linked only once per block are skipped when present.</param>
    public string Annotate(string line, bool dates, HashSet<GazetteerEntry> linkedOnce)
    {
        var spans = new List<(int Start, int Length, string Source)>();
        if (witness is not null)
        {
            foreach (Match m in Bracketed().Matches(line))
            {
                spans.Add((m.Index, m.Length, Insertion(m.Groups[1].Value)));
            }
        }

        foreach (Match m in Spaced().Matches(line))
        {
            var spaced = "{spaced: " + MarkdownEscaper.Inline(m.Value) + "}";
            var entry = names.Exact(m.Value.Replace(" ", "", StringComparison.Ordinal));
            TryAdd(spans, m.Index, m.Length, entry is null ? spaced : Link(entry, spaced));
        }

        if (dates)
        {
            foreach (Match m in DatePattern().Matches(line))
            {
                if (IsoDate(m) is { } iso)
                {
                    TryAdd(spans, m.Index, m.Length, $"{{date {iso}: {MarkdownEscaper.Inline(m.Value)}}}");
                }
            }
        }

        foreach (var hit in names.Find(line))
        {
            if (hit.Entry.LinkOncePerBlock && !linkedOnce.Add(hit.Entry))
            {
                continue;
            }

            TryAdd(spans, hit.Start, hit.Length, Link(hit.Entry, MarkdownEscaper.Inline(line.Substring(hit.Start, hit.Length))));
        }

        var sb = new StringBuilder();
        var at = 0;
        foreach (var (start, length, source) in spans.OrderBy(s => s.Start))
        {
            sb.Append(MarkdownEscaper.Inline(line[at..start])).Append(source);
            at = start + length;
        }

        return sb.Append(MarkdownEscaper.Inline(line[at..])).ToString();
    }

    private string Link(GazetteerEntry entry, string content)
    {
        names.MarkUsed(entry);
        return $"{{{entry.Kind} {entry.Id}: {content}}}";
    }

    /// <summary>The translator's brackets: "[illegible]" is a gap, "[…]" an omission, anything else supplied text.</summary>
    private string Insertion(string inner)
    {
        var text = inner.Trim();
        if (Illegible().IsMatch(text))
        {
            return "{gap reason=illegible}";
        }

        if (text is "..." or "…")
        {
            return "{gap reason=omitted}";
        }

        Supplied++;
        return $"{{supplied resp={witness}: {MarkdownEscaper.Inline(text)}}}";
    }

    private string? IsoDate(Match m)
    {
        var c = CultureInfo.InvariantCulture;
        var day = int.Parse(m.Groups["d"].Value, c);
        var month = int.Parse(m.Groups["m"].Value, c);
        var year = int.Parse(m.Groups["y"].Value, c);
        if (m.Groups["y"].Value.Length == 2)
        {
            // "21.6.51": the century of the document's own date.
            year += documentYear / 100 * 100;
        }

        return DateOnly.TryParseExact($"{year:0000}-{month:00}-{day:00}", "yyyy-MM-dd", c, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", c)
            : null;
    }

    private static void TryAdd(List<(int Start, int Length, string Source)> spans, int start, int length, string source)
    {
        if (!spans.Any(s => start < s.Start + s.Length && s.Start < start + length))
        {
            spans.Add((start, length, source));
        }
    }

    [GeneratedRegex(@"\[([^\[\]]+)\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?<!\p{L})(?:\p{Lu} ){3,}\p{Lu}(?!\p{L})")]
    private static partial Regex Spaced();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4}|\d{2})(?!\d)\.?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(illegible|unclear|indecipherable|неразборчиво)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Illegible();
}
