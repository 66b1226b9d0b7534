using System.Globalization;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// The title a document's running heads print: its short title (<c>short_title:</c>, TEI-in's
/// <c>title[@type='short']</c>), else its title; either cut at a word with an ellipsis when longer than the head line
/// holds, since book's head sets "CHAPTER 12. TITLE" in capitals on one line and a long title would run over the
/// page's edge.
/// </summary>
internal static class RunningHead
{
    /// <summary>
    /// Characters of a title the head line holds beside "CHAPTER 12." and the page number, in 11 pt slanted capitals of
    /// Noto Serif on the 427 pt line: 44 characters of ordinary titles measured 353 to 376 pt with the prefix. A title
    /// of wider capitals is cut further in TeX (edition.sty's heads, through truncate).
    /// </summary>
    public const int MaxLength = 44;

    /// <returns>The head's text, or null when it is the title itself (book's own mark then stands).</returns>
    public static string? Of(DocumentDescription document)
    {
        var head = document.ShortTitle is { Length: > 0 } shortTitle ? shortTitle : document.Title;
        var cut = Cut(head, MaxLength);
        return cut == document.Title ? null : cut;
    }

    /// <summary>The text whole if it has at most <paramref name="max"/> characters, else its words that fit and "…".</summary>
    public static string Cut(string text, int max)
    {
        var trimmed = text.Trim();
        var elements = StringInfo.ParseCombiningCharacters(trimmed); // a letter and its accents count as one
        if (elements.Length <= max)
        {
            return trimmed;
        }

        var end = elements[max]; // the first character left out
        var space = trimmed.LastIndexOf(' ', end);
        // Cut at the last space that keeps most of the head; a text without spaces (Chinese) is cut between characters.
        var kept = space > end / 2 ? trimmed[..space] : trimmed[..end];
        return kept.TrimEnd(' ', ',', ';', ':', '.', '-', '–', '—') + "…";
    }
}
