using System.Text.RegularExpressions;

namespace Edition.RelaxNg.Datatypes;

/// <summary>
/// A compiled XSD pattern. Values without surrogates (nearly all) are matched by a regex whose classes are plain
/// UTF-16 classes, which .NET runs as tight loops; the full regex, with surrogate-pair alternatives for characters
/// above U+FFFF, is made the first time a value needs it.
/// </summary>
internal sealed class XsdPattern
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly Lazy<Regex> bmp;
    private readonly Lazy<Regex> full;

    public XsdPattern(string xsdPattern)
    {
        bmp = new(() => Compile(xsdPattern, XsdRegexParser.ToDotNet(xsdPattern, bmpOnly: true)));
        full = new(() => Compile(xsdPattern, XsdRegexParser.ToDotNet(xsdPattern)));
    }

    public bool IsMatch(string value) =>
        value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? bmp.Value.IsMatch(value) : full.Value.IsMatch(value);

    /// <summary>Compiles the pattern now, so an incorrect one is reported while its schema loads.</summary>
    /// <exception cref="DatatypeException">The pattern is not a correct XSD regular expression.</exception>
    public XsdPattern Checked()
    {
        _ = bmp.Value;
        return this;
    }

    private static Regex Compile(string xsdPattern, string dotNet)
    {
        try
        {
            return new Regex(dotNet, RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException e)
        {
            throw new DatatypeException($"invalid regular expression '{xsdPattern}': {e.Message}");
        }
    }
}
