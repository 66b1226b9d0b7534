using System.Text;

namespace Edition.Rendering.Latex;

/// <summary>
/// Index keys as <c>sort@display</c>: the display is escaped LaTeX; the sort key is the plain name with
/// makeindex's own specials (! @ | " and TeX's) dropped, so entries sort by what the reader sees.
/// </summary>
internal static class LatexIndex
{
    public static string Key(string name)
    {
        var sort = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) || c == ' ' || c == '.' || c == ',' || c == '-')
            {
                sort.Append(c);
            }
        }

        // The display part is escaped, so it holds no literal | or "; ! and @ still need makeindex's quote.
        var display = LatexEscaper.Escape(name).Replace("!", "\"!", StringComparison.Ordinal).Replace("@", "\"@", StringComparison.Ordinal);
        return $"{sort}@{display}";
    }
}
