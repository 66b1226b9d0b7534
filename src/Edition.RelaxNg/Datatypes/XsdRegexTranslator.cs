using System.Collections.Concurrent;

namespace Edition.RelaxNg.Datatypes;

/// <summary>
/// XML Schema regular expressions, compiled once per pattern per process. XSD regexes match the whole value, have
/// no anchors (^ and $ are ordinary characters), no back-references, and their own \i \c \s \w \d and dot.
/// </summary>
internal static class XsdRegexTranslator
{
    private static readonly ConcurrentDictionary<string, XsdPattern> Cache = new(StringComparer.Ordinal);

    /// <summary>The pattern matching exactly the values the XSD pattern accepts; a <see cref="DatatypeException"/> when it is not one.</summary>
    public static XsdPattern ToRegex(string xsdPattern) => ToDeferredRegex(xsdPattern).Checked();

    /// <summary>The same, its regex compiled when first matched: for a pattern already known to be correct.</summary>
    public static XsdPattern ToDeferredRegex(string xsdPattern) => Cache.GetOrAdd(xsdPattern, static p => new XsdPattern(p));

    /// <summary>The anchored .NET pattern for an XSD pattern (see <see cref="XsdRegexParser"/>).</summary>
    public static string Translate(string xsdPattern) => XsdRegexParser.ToDotNet(xsdPattern);
}
