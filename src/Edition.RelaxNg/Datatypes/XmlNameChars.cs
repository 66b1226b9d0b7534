using System.Text;
using System.Xml;

namespace Edition.RelaxNg.Datatypes;

/// <summary>XML 1.0 name characters: lexical checks for Name/NCName/NMTOKEN and the ranges behind regex \i and \c.</summary>
internal static class XmlNameChars
{
    // NameStartChar and NameChar of XML 1.0 (fifth edition), BMP part.
    private static readonly (char Lo, char Hi)[] StartRanges =
    [
        (':', ':'), ('A', 'Z'), ('_', '_'), ('a', 'z'), ('\u00C0', '\u00D6'), ('\u00D8', '\u00F6'), ('\u00F8', '\u02FF'),
        ('\u0370', '\u037D'), ('\u037F', '\u1FFF'), ('\u200C', '\u200D'), ('\u2070', '\u218F'), ('\u2C00', '\u2FEF'),
        ('\u3001', '\uD7FF'), ('\uF900', '\uFDCF'), ('\uFDF0', '\uFFFD'),
    ];

    private static readonly (char Lo, char Hi)[] ExtraNameRanges =
    [
        ('-', '.'), ('0', '9'), ('\u00B7', '\u00B7'), ('\u0300', '\u036F'), ('\u203F', '\u2040'),
    ];

    public static string InitialClass { get; } = Ranges(StartRanges);

    public static string NameClass { get; } = Ranges([.. StartRanges, .. ExtraNameRanges]);

    public static string NotInitialClass { get; } = Ranges(Complement(StartRanges));

    public static string NotNameClass { get; } = Ranges(Complement([.. StartRanges, .. ExtraNameRanges]));

    public static bool IsNCName(string s)
    {
        if (s.Length == 0 || !XmlConvert.IsStartNCNameChar(s[0]))
        {
            return false;
        }

        for (var i = 1; i < s.Length; i++)
        {
            if (!XmlConvert.IsNCNameChar(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsName(string s)
    {
        if (s.Length == 0 || !(s[0] == ':' || XmlConvert.IsStartNCNameChar(s[0])))
        {
            return false;
        }

        for (var i = 1; i < s.Length; i++)
        {
            if (!(s[i] == ':' || XmlConvert.IsNCNameChar(s[i])))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsNmToken(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!(c == ':' || XmlConvert.IsNCNameChar(c)))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsQName(string s)
    {
        var colon = s.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? IsNCName(s) : IsNCName(s[..colon]) && IsNCName(s[(colon + 1)..]);
    }

    private static (char, char)[] Complement((char Lo, char Hi)[] ranges)
    {
        var sorted = ranges.OrderBy(r => r.Lo).ToArray();
        var result = new List<(char, char)>();
        var next = 0;
        foreach (var (lo, hi) in sorted)
        {
            if (lo > next)
            {
                result.Add(((char)next, (char)(lo - 1)));
            }

            next = Math.Max(next, hi + 1);
        }

        if (next <= 0xFFFF)
        {
            result.Add(((char)next, '\uFFFF'));
        }

        return [.. result];
    }

    private static string Ranges(IEnumerable<(char Lo, char Hi)> ranges)
    {
        var sb = new StringBuilder();
        foreach (var (lo, hi) in ranges)
        {
            sb.Append(@"\u").Append(((int)lo).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            if (hi != lo)
            {
                sb.Append(@"-\u").Append(((int)hi).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
