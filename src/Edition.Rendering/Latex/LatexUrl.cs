namespace Edition.Rendering.Latex;

/// <summary>URLs in <c>\href</c>/<c>\url</c> arguments: only the characters hyperref cannot take verbatim are escaped.</summary>
internal static class LatexUrl
{
    public static string Escape(string url) =>
        url.Replace(@"\", "/", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("#", @"\#", StringComparison.Ordinal)
            .Replace("{", "%7B", StringComparison.Ordinal)
            .Replace("}", "%7D", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal);
}
