using System.Text;

namespace Edition.RelaxNg.Datatypes;

/// <summary>The XML Schema <c>whiteSpace</c> facet values: preserve, replace, collapse.</summary>
internal static class Whitespace
{
    public static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    public static bool IsAllSpace(string s) => IsAllSpace(s.AsSpan());

    public static bool IsAllSpace(ReadOnlySpan<char> s) => !s.ContainsAnyExcept(" \t\n\r");

    public static string Replace(string s) =>
        s.AsSpan().IndexOfAny("\t\n\r") < 0 ? s : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    public static string Collapse(string s)
    {
        if (!NeedsCollapse(s))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (IsXmlSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    public static string[] Tokens(string s) =>
        s.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static bool NeedsCollapse(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        if (IsXmlSpace(s[0]) || IsXmlSpace(s[^1]))
        {
            return true;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is '\t' or '\n' or '\r' || (s[i] == ' ' && s[i + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
