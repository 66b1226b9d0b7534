using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Edition.RelaxNg.Datatypes;

/// <summary>
/// XML Schema regular expressions as compiled .NET ones, one per pattern per process. XSD regexes match the whole
/// value, have no anchors (^ and $ are ordinary characters), no back-references, and their own \i \c \s \w \d and dot.
/// </summary>
internal static class XsdRegexTranslator
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>A compiled-once regex matching exactly the values the XSD pattern accepts.</summary>
    public static Regex ToRegex(string xsdPattern) => Cache.GetOrAdd(xsdPattern, static p =>
    {
        var translated = Translate(p);
        try
        {
            return new Regex(translated, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException e)
        {
            throw new DatatypeException($"invalid regular expression '{p}': {e.Message}");
        }
    });

    /// <summary>The anchored .NET pattern for an XSD pattern (see <see cref="XsdRegexParser"/>).</summary>
    public static string Translate(string xsdPattern) => XsdRegexParser.ToDotNet(xsdPattern);
}
