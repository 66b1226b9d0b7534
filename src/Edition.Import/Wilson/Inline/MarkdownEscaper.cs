using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Edition.Import.Wilson.Inline;

/// <summary>
/// Keeps the export's text literal in the edition source: braces would open directives, and Markdown
/// punctuation (emphasis, code, HTML, links) would be read as markup. CommonMark backslash escapes cover all of it.
/// </summary>
internal static partial class MarkdownEscaper
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\\{}*_`<>[]&|");

    public static string Inline(string text) => Append(new StringBuilder(text.Length), text).ToString();

    /// <summary>Appends the text escaped, a run of plain characters at a time.</summary>
    public static StringBuilder Append(StringBuilder sb, ReadOnlySpan<char> text)
    {
        int at;
        while ((at = text.IndexOfAny(Special)) >= 0)
        {
            sb.Append(text[..at]).Append('\\').Append(text[at]);
            text = text[(at + 1)..];
        }

        return sb.Append(text);
    }

    /// <summary>
    /// A line that continues a paragraph after <c>\</c>: a leading "#", "-", "+", ">", "=" or "12." would start
    /// a heading or list there (">" is already escaped), so its first character is escaped.
    /// </summary>
    /// <param name="lineStart">Where the escaped line begins in the builder.</param>
    public static void LineStart(StringBuilder sb, int lineStart)
    {
        // The pattern reads at most eleven characters ("123456789." and a space), so twelve tell it all.
        var m = BlockStart().Match(sb.ToString(lineStart, Math.Min(12, sb.Length - lineStart)));
        if (m.Success)
        {
            sb.Insert(lineStart + m.Groups["mark"].Index, '\\');
        }
    }

    [GeneratedRegex(@"^(?:\d{1,9}(?<mark>[.)])(?:\s|$)|(?<mark>[#+=-]))")]
    private static partial Regex BlockStart();
}
