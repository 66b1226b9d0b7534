using System.Text.RegularExpressions;

namespace Edition.Import.Wilson.Citation;

/// <summary>
/// Splits a Wilson Center citation ("…, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 339, ll. 64-65.")
/// into archival holdings: repository, fond, opis, papka, delo, folios. Several holdings are separated by ';', by
/// commas or by "and" ("…, ll. 64-65; and RGASPI, f. 558…": a holding starts at a name followed by a fond or the like).
/// Accepts the Russian abbreviations (ф., оп., д., п., л./лл.) and the spelled-out English ones (fond, opis…).
/// </summary>
public static partial class ArchiveCitationParser
{
    private const string WilsonMarker = "Wilson Center Digital Archive";

    public static CitationParseResult Parse(string citation)
    {
        var archives = new List<ArchiveCitation>();
        var problems = new List<string>();
        var text = citation.Replace('\u2013', '-').Replace('\u2014', '-');
        var marker = text.LastIndexOf(WilsonMarker, StringComparison.OrdinalIgnoreCase);
        if (marker >= 0)
        {
            text = text[(marker + WilsonMarker.Length)..].TrimStart(',', ' ');
        }

        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).SelectMany(Holdings))
        {
            if (ParseOne(part.TrimEnd('.', ' '), problems) is { } archive)
            {
                archives.Add(archive);
            }
        }

        if (archives.Count == 0 && problems.Count == 0)
        {
            problems.Add($"no archival reference (f., op., d.) found in \"{citation.Trim()}\"");
        }

        return new CitationParseResult(archives, problems);
    }

    /// <summary>One part's holdings: a new one starts at a name (not a field) that a field follows, once the current one has a field.</summary>
    private static IEnumerable<string> Holdings(string part)
    {
        var segments = Segments(part).ToList();
        var current = new List<string>();
        for (var i = 0; i < segments.Count; i++)
        {
            var startsHolding = !FieldPattern().IsMatch(segments[i]) && i + 1 < segments.Count && FieldPattern().IsMatch(segments[i + 1])
                && current.Any(c => FieldPattern().IsMatch(c));
            if (startsHolding)
            {
                yield return string.Join(", ", current);
                current.Clear();
            }

            current.Add(segments[i]);
        }

        if (current.Count > 0)
        {
            yield return string.Join(", ", current);
        }
    }

    /// <summary>The comma-separated segments, a leading "and" dropped and "d. 339 and RGASPI" cut in two.</summary>
    private static IEnumerable<string> Segments(string part)
    {
        foreach (var raw in part.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = LeadingAnd().Replace(raw, "").Trim();
            if (FieldPattern().IsMatch(segment) && InnerAnd().Match(segment) is { Success: true } and)
            {
                yield return segment[..and.Index].Trim();
                yield return segment[(and.Index + and.Length)..].Trim();
            }
            else if (segment.Length > 0)
            {
                yield return segment;
            }
        }
    }

    private static ArchiveCitation? ParseOne(string part, List<string> problems)
    {
        var segments = part.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var firstField = Array.FindIndex(segments, s => FieldPattern().IsMatch(s));
        if (firstField < 0)
        {
            problems.Add($"not an archival reference: \"{part}\"");
            return null;
        }

        if (firstField == 0)
        {
            problems.Add($"no repository named before the fond in \"{part}\"");
            return null;
        }

        var (abbr, spelledOut) = Repository(segments[firstField - 1]);
        string? fond = null, opis = null, delo = null, papka = null, folios = null;
        string? lastKey = null;
        foreach (var segment in segments.Skip(firstField))
        {
            if (FieldPattern().Match(segment) is { Success: true } m)
            {
                lastKey = Key(m.Groups["key"].Value);
                var value = m.Groups["value"].Value.Trim().TrimEnd('.');
                switch (lastKey)
                {
                    case "f": fond = value; break;
                    case "op": opis = value; break;
                    case "d": delo = value; break;
                    case "p": papka = value; break;
                    default: folios = value; break;
                }
            }
            else if (lastKey == "l" && FolioContinuation().IsMatch(segment))
            {
                // "ll. 12, 14-15": the comma belongs to the folio list, not to the citation.
                folios += ", " + segment.TrimEnd('.');
            }
            else
            {
                problems.Add($"'{segment}' in \"{part}\" is not a fond, opis, papka, delo or folio reference");
            }
        }

        var known = KnownRepositories.Find(abbr);
        return new ArchiveCitation(
            known?.Abbr ?? abbr, known?.Name ?? spelledOut, known?.Settlement, known?.Country,
            fond, opis, delo, papka, folios, part);
    }

    /// <summary>"APRF" or "Archive of the President … (APRF)": the abbreviation and any spelled-out name.</summary>
    private static (string Abbr, string? Name) Repository(string segment)
    {
        var m = ParenthesisedAbbr().Match(segment);
        return m.Success ? (m.Groups[2].Value.Trim(), m.Groups[1].Value.Trim()) : (segment.Trim(), null);
    }

    private static string Key(string raw) => raw.ToLowerInvariant().TrimEnd('.') switch
    {
        "f" or "fond" or "ф" or "fd" => "f",
        "op" or "opis" or "оп" => "op",
        "d" or "delo" or "д" => "d",
        "p" or "papka" or "п" => "p",
        _ => "l",
    };

    [GeneratedRegex(@"^(?<key>fond|opis|delo|papka|listy|list|ll|fd|f|op|d|p|l|ф|оп|д|п|лл|л)(?:\.\s*|\s+)(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"^\d+\s*(ob\.?|об\.?)?(\s*-\s*\d+\s*(ob\.?|об\.?)?)?\.?$")]
    private static partial Regex FolioContinuation();

    [GeneratedRegex(@"^(and|и)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"\s+(and|и)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex InnerAnd();

    [GeneratedRegex(@"^(.*)\(([^)]+)\)\s*$")]
    private static partial Regex ParenthesisedAbbr();
}
