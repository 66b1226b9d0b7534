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

    /// <summary>Appends the line as source to <paramref name="into"/>: a paragraph of megabytes is not copied once more.</summary>
    /// <param name="linkedOnce">Names linked earlier in the same block; names that should be linked only once per block are skipped when present.</param>
    public StringBuilder Annotate(StringBuilder into, string line, bool dates, HashSet<GazetteerEntry> linkedOnce)
    {
        var spans = new AnnotationSpans();
        if (witness is not null)
        {
            foreach (Match m in Bracketed().Matches(line))
            {
                spans.Add(m.Index, m.Length, Insertion(m.Groups[1].Value));
            }
        }

        spans.EndRule();

        foreach (Match m in Spaced().Matches(line))
        {
            var spaced = "{spaced: " + MarkdownEscaper.Inline(m.Value) + "}";
            var entry = names.Exact(m.Value.Replace(" ", "", StringComparison.Ordinal));
            spans.TryAdd(m.Index, m.Length, entry is null ? spaced : Link(entry, spaced));
        }

        spans.EndRule();

        if (dates)
        {
            foreach (Match m in DatePattern().Matches(line))
            {
                if (IsoDate(m) is { } iso)
                {
                    spans.TryAdd(m.Index, m.Length, $"{{date {iso}: {MarkdownEscaper.Inline(m.Value)}}}");
                }
            }
        }

        spans.EndRule();

        foreach (var hit in names.Find(line))
        {
            if (hit.Entry.LinkOncePerBlock && !linkedOnce.Add(hit.Entry))
            {
                continue;
            }

            spans.TryAdd(hit.Start, hit.Length, Link(hit.Entry, MarkdownEscaper.Inline(line.Substring(hit.Start, hit.Length))));
        }

        var at = 0;
        foreach (var (start, length, source) in spans.InOrder)
        {
            MarkdownEscaper.Append(into, line.AsSpan(at, start - at)).Append(source);
            at = start + length;
        }

        return MarkdownEscaper.Append(into, line.AsSpan(at));
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

    [GeneratedRegex(@"\[([^\[\]]+)\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?<!\p{L})(?:\p{Lu} ){3,}\p{Lu}(?!\p{L})")]
    private static partial Regex Spaced();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4}|\d{2})(?!\d)\.?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(illegible|unclear|indecipherable|неразборчиво)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Illegible();
}
