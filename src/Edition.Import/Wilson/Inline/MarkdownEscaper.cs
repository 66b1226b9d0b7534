using System.Text;
using System.Text.RegularExpressions;

namespace Edition.Import.Wilson.Inline;

/// <summary>
/// Keeps the export's text literal in the edition source: braces would open directives, and Markdown
/// punctuation (emphasis, code, HTML, links) would be read as markup. CommonMark backslash escapes cover all of it.
/// </summary>
internal static partial class MarkdownEscaper
{
    private const string Special = "\\{}*_`<>[]&|";

    public static string Inline(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// A line that continues a paragraph after <c>\</c>: a leading "#", "-", "+", ">", "=" or "12." would start
    /// a heading or list there (">" is already escaped), so its first character is escaped.
    /// </summary>
    public static string LineStart(string escapedLine)
    {
        var m = BlockStart().Match(escapedLine);
        return m.Success ? escapedLine.Insert(m.Groups["mark"].Index, "\\") : escapedLine;
    }

    [GeneratedRegex(@"^(?:\d{1,9}(?<mark>[.)])(?:\s|$)|(?<mark>[#+=-]))")]
    private static partial Regex BlockStart();
}
