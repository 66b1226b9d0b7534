namespace Edition.RelaxNg.Datatypes;

/// <summary>The RFC 2396 checks RELAX NG needs for datatypeLibrary, href and anyURI values.</summary>
internal static class UriSyntax
{
    public static bool IsValidReference(string s, bool allowFragment)
    {
        var hash = s.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0 && (!allowFragment || s.IndexOf('#', hash + 1) >= 0))
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '%' && (i + 2 >= s.Length || !char.IsAsciiHexDigit(s[i + 1]) || !char.IsAsciiHexDigit(s[i + 2])))
            {
                return false;
            }
        }

        var colon = s.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = s.AsSpan().IndexOfAny("/?#");
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true; // relative reference
        }

        return IsScheme(s.AsSpan(0, colon));
    }

    /// <summary>An absolute URI without fragment (datatypeLibrary values).</summary>
    public static bool IsAbsoluteWithoutFragment(string s)
    {
        if (!IsValidReference(s, allowFragment: false))
        {
            return false;
        }

        var colon = s.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < s.Length - 1 && IsScheme(s.AsSpan(0, colon));
    }

    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (scheme.Length == 0 || !char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
