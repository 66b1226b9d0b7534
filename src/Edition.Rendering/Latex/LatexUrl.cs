namespace Edition.Rendering.Latex;

/// <summary>
/// URLs printed as text: escaped like any text (no verbatim <c>\url</c>, which breaks inside macro arguments
/// and on % or #), with break points after slashes so long addresses wrap.
/// </summary>
internal static class LatexUrl
{
    public static string Escape(string? url) =>
        LatexEscaper.Escape(url).Replace("/", @"/\allowbreak{}", StringComparison.Ordinal);
}
