using System.Xml;

namespace Edition.RelaxNg.Datatypes;

/// <summary>XML 1.0 name characters: lexical checks for Name/NCName/NMTOKEN.</summary>
internal static class XmlNameChars
{
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
}
