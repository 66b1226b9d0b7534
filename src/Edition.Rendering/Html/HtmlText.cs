using System.Text;

namespace Edition.Rendering.Html;

/// <summary>The one escaping function for HTML text and quoted attribute values.</summary>
public static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Most text has nothing to escape: then it is its own escaped form, and nothing is allocated.
        var next = text.AsSpan().IndexOfAny(Special);
        if (next < 0)
        {
            return text;
        }

        return AppendEscaped(new StringBuilder(text.Length + 16), text).ToString();
    }

    /// <summary>Appends the escaped form of <paramref name="text"/> (the compiled pages write into one builder).</summary>
    public static StringBuilder AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text)
    {
        var rest = text;
        for (var next = rest.IndexOfAny(Special); next >= 0; next = rest.IndexOfAny(Special))
        {
            sb.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(next + 1)..];
        }

        return sb.Append(rest);
    }

    /// <summary>A URL for href/src: relative or http(s)/mailto only (no javascript: or data:), then escaped.</summary>
    public static string Url(string? url)
    {
        var u = (url ?? "").Trim();
        var colon = u.IndexOf(':');
        var slash = u.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (hasScheme && !(u.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || u.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || u.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)))
        {
            return "#";
        }

        return Escape(u);
    }

    /// <summary>A token safe in an id or class attribute (letters, digits, - _ . only).</summary>
    public static string Token(string? value)
    {
        var sb = new StringBuilder();
        foreach (var c in value ?? "")
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        return sb.ToString();
    }
}
