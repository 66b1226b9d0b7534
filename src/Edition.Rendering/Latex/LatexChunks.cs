using System.Text.RegularExpressions;

namespace Edition.Rendering.Latex;

/// <summary>
/// A table in one-column text leaves reledmac's numbered text (<c>\pend\pausenumbering</c> before it,
/// <c>\resumenumbering\pstart</c> after), which can leave what reledmac stops at: an empty chunk where the table began or
/// ended its chunk, a numbered section without a chunk where it began or ended the text. This takes them out (an empty
/// chunk carrying a folio change stays as an empty unnumbered line that holds the folio).
/// </summary>
internal static partial class LatexChunks
{
    public static string Tidy(string? latex)
    {
        var tidy = EmptyChunk().Replace(latex ?? "", m => m.Groups["folio"].Success ? $@"\pstart{m.Groups["folio"].Value}\edemptychunk\pend" : "");
        tidy = ResumedThenPaused().Replace(tidy, "");
        tidy = PausedAtTheStart().Replace(tidy, m => $"{m.Groups["between"].Value}\\beginnumbering");
        tidy = ResumedAtTheEnd().Replace(tidy, m => $"\\endnumbering{m.Groups["between"].Value}"); // a pause must be resumed: the table ends the numbering instead
        return EmptySection().Replace(tidy, "");
    }

    [GeneratedRegex(@"\\pstart(?<folio>\\edfoliomargin\{(?:[^{}]|\{[^{}]*\})*\})?(?:\s|%|\\edblockbreak\b|\\edlinebreak\{\}|\\noindent\b)*\\pend\b")]
    private static partial Regex EmptyChunk();

    [GeneratedRegex(@"\\resumenumbering\s*\\pausenumbering\b")]
    private static partial Regex ResumedThenPaused();

    [GeneratedRegex(@"\\beginnumbering\s*\\pausenumbering\b(?<between>.*?)\\resumenumbering\b", RegexOptions.Singleline)]
    private static partial Regex PausedAtTheStart();

    [GeneratedRegex(@"\\pausenumbering\b(?<between>(?:(?!\\resumenumbering).)*)\\resumenumbering\s*\\endnumbering\b", RegexOptions.Singleline)]
    private static partial Regex ResumedAtTheEnd();

    [GeneratedRegex(@"\\beginnumbering\s*\\endnumbering\b")]
    private static partial Regex EmptySection();
}
