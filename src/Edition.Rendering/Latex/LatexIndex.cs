using System.Globalization;
using System.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// Index keys as <c>sort@display</c>: the display is escaped LaTeX; the sort key is the name's place in the
/// edition's order of index names, zero-padded, then the plain name with makeindex's own specials (! @ | " and
/// TeX's) dropped. makeindex compares sort keys byte by byte, which puts "Ärger" after "Zhou" and every Cyrillic
/// name after every Latin one in any case; the place puts them in the order the site's index pages use.
/// </summary>
internal static class LatexIndex
{
    /// <summary>
    /// Each distinct name's place in the order the site's index pages use (<see cref="IndexSort"/>, in the print's
    /// tradition: edition.yml's <c>convention:</c>, else its frame language's). Equal names share one, so makeindex merges them as before.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Places(IEnumerable<EntryView> entries, EditionView edition, string frameLanguage)
    {
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in IndexSort.Order(entries, e => e.Name, edition, PrintDate.ConventionOf(edition, frameLanguage)))
        {
            places.TryAdd(entry.Name, places.Count);
        }

        return places;
    }

    /// <summary>
    /// Index entries for the persons and places only the document's header names (its sender, addressee and their
    /// places), as the site counts them: plain <c>\index</c> at the description, by page (no line: they stand in no
    /// numbered text, where reledmac's <c>\edindex</c> would warn and fall back to it).
    /// </summary>
    public static string HeaderEntries(DocumentView document, IReadOnlyDictionary<string, EntryView> entries, IReadOnlyDictionary<string, int> places)
    {
        var sb = new StringBuilder();
        foreach (var (index, ids) in new[] { ("persons", document.HeaderPersonIds), ("places", document.HeaderPlaceIds) })
        {
            foreach (var id in ids)
            {
                if (entries.TryGetValue(id, out var entry) && places.TryGetValue(entry.Name, out var place))
                {
                    sb.Append(CultureInfo.InvariantCulture, $@"\index[{index}]{{{Key(entry.Name, place)}}}");
                }
            }
        }

        return sb.ToString();
    }

    public static string Key(string name, int place)
    {
        var sort = new StringBuilder(place.ToString("D6", CultureInfo.InvariantCulture)).Append(' ');
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) || c == ' ' || c == '.' || c == ',' || c == '-')
            {
                sort.Append(c);
            }
        }

        // The display part is escaped, so it holds no literal | or "; ! and @ still need makeindex's quote.
        // Braces as \{ \} are counted as braces where reledmac and makeindex read the entry (a name ending in } broke the
        // run), so the display spells them as text commands.
        var display = LatexEscaper.Escape(name).Replace("!", "\"!", StringComparison.Ordinal).Replace("@", "\"@", StringComparison.Ordinal)
            .Replace(@"\{", @"\textbraceleft{}", StringComparison.Ordinal).Replace(@"\}", @"\textbraceright{}", StringComparison.Ordinal);
        return $"{sort}@{display}";
    }
}
