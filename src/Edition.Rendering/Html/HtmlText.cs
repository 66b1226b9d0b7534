using System.Text;

namespace Edition.Rendering.Html;

/// <summary>The one escaping function for HTML text and quoted attribute values.</summary>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
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
