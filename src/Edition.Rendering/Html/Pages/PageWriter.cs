using System.Globalization;
using System.Text;

namespace Edition.Rendering.Html.Pages;

/// <summary>
/// Where a compiled page template writes: markup as given, and values through the templates' escaping vocabulary
/// (<c>h</c>, <c>url</c>, <c>safe</c>, <c>t</c>), escaped straight into the page, with no string per value. One
/// builder per thread is reused page after page, so a page costs its final string and little else.
/// </summary>
internal sealed class PageWriter
{
    // A builder that grew past this (a page of megabytes) is let go rather than kept by the thread for ever.
    private const int KeptCapacity = 4 * 1024 * 1024;


    [ThreadStatic]
    private static StringBuilder? _spare;

    private readonly StringBuilder _html;

    public PageWriter(Labels labels)
    {
        Labels = labels;
        _html = _spare ?? new StringBuilder(64 * 1024);
        _spare = null;
    }

    public Labels Labels { get; }

    /// <summary>Markup of the template itself.</summary>
    public PageWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary><c>{{ value | h }}</c> of text.</summary>
    public PageWriter Text(string? text)
    {
        HtmlText.AppendEscaped(_html, text);
        return this;
    }

    /// <summary><c>{{ number | h }}</c>: as Scriban writes a number, in the invariant culture.</summary>
    public PageWriter Text(int number)
    {
        _html.Append(number.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary><c>{{ value | url }}</c>.</summary>
    public PageWriter Url(string? url) => Raw(HtmlText.Url(url));

    /// <summary><c>{{ html | safe }}</c>.</summary>
    public PageWriter Safe(SafeHtml? html) => Raw(html?.Value ?? "");

    /// <summary>
    /// <c>{{ html | safe }}</c> alone on its line after <paramref name="indent"/>: Scriban indents each further line of
    /// the value as the expression is (a last newline excepted).
    /// </summary>
    public PageWriter SafeIndented(SafeHtml html, string indent)
    {
        var value = html.Value;
        var end = value.EndsWith('\n') ? value.Length - 1 : value.Length;
        _html.Append(value.AsSpan(0, end).ToString().Replace("\n", "\n" + indent, StringComparison.Ordinal)).Append(value.AsSpan(end));
        return this;
    }

    /// <summary><c>{{ t "key" }}</c>: a UI label, escaped.</summary>
    public PageWriter Label(string key) => Text(Labels.Get(key));

    /// <summary>The page, and the builder handed back to the thread for its next page.</summary>
    public string Finish()
    {
        var page = _html.ToString();
        if (_html.Capacity <= KeptCapacity)
        {
            _spare = _html.Clear();
        }

        return page;
    }
}
