using System.Xml;
using System.Xml.Linq;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// A TEI <c>formula</c> in TeX notation (@notation TeX or LaTeX, in any case, or a TeX media type) read as its source,
/// without the math delimiters a file may put around it (<c>$…$</c>, <c>\(…\)</c>, <c>\[…\]</c>, <c>$$…$$</c>).
/// </summary>
internal static class TexFormulaReader
{
    private static readonly HashSet<string> Notations = new(StringComparer.OrdinalIgnoreCase)
    {
        "tex", "latex", "text/x-tex", "application/x-tex", "text/x-latex", "application/x-latex",
    };

    private static readonly HashSet<string> DisplayRends = new(StringComparer.OrdinalIgnoreCase) { "display", "block", "equation", "subeqn", "displayed" };

    public static bool IsTex(XElement e) =>
        e.Name == TeiNames.N("formula") && e.Attr("notation") is { } notation && Notations.Contains(notation.Trim());

    /// <summary>The formula; displayed when it stands as a block or its @rend says so.</summary>
    public static TexFormulaNode Read(XElement e, bool block)
    {
        var (tex, delimitedDisplay) = Undelimited(TeiNames.Fold(string.Concat(e.DescendantNodes().OfType<XText>().Select(t => t.Value))).Trim());
        var rend = (e.Attr("rend") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var display = block || delimitedDisplay || rend.Any(DisplayRends.Contains);
        var info = (IXmlLineInfo)e;
        return new TexFormulaNode(tex, display) { Line = info.HasLineInfo() ? info.LineNumber : 0, Column = info.HasLineInfo() ? info.LinePosition : 0 };
    }

    private static (string Tex, bool Display) Undelimited(string tex)
    {
        foreach (var (open, close, display) in new[] { ("$$", "$$", true), (@"\[", @"\]", true), (@"\(", @"\)", false), ("$", "$", false) })
        {
            if (tex.Length >= open.Length + close.Length && tex.StartsWith(open, StringComparison.Ordinal) && tex.EndsWith(close, StringComparison.Ordinal))
            {
                return (tex[open.Length..^close.Length].Trim(), display);
            }
        }

        return (tex, false);
    }
}
