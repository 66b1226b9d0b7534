namespace Edition.Rendering.Html;

/// <summary>
/// A citation in the Chicago style's order (head, “title.”, holding, In <i>edition</i>, edited by…, publisher, URL),
/// its words and quotation marks from the interface's labels (<c>cite_quoted</c>, <c>cite_in</c>, <c>cite_edited_by</c>):
/// "In", "hg. von", «…» as the language writes them.
/// </summary>
internal sealed record ChicagoCitation(Labels Labels, string Head, string Title, string? Holding, string Edition, string Editors, string? Publisher, string? Url)
{
    /// <param name="italic">How an already rendered run is set in italics.</param>
    /// <param name="text">How plain text is rendered (escaped for HTML).</param>
    public string Text(Func<string, string> italic, Func<string, string> text)
    {
        var quoted = Labels.Format("cite_quoted", Title);
        return string.Join(" ", new[]
        {
            text(Head.Length > 0 ? Sentence(Head) : quoted),
            Head.Length > 0 ? text(quoted) : null,
            Holding is null ? null : text(Sentence(Holding)),
            Around("cite_in", italic(text(Edition)), text) + (Editors.Length > 0 ? text(Labels.Format("cite_edited_by", Editors)) : "") + text("."),
            Publisher is null ? null : text(Sentence(Publisher)),
            Url is null ? null : text(Url + "."),
        }.Where(s => s is not null));
    }

    /// <summary>A part ended by a full stop, unless it ends with one already (a Russian date's "г.", "Inc.").</summary>
    private static string Sentence(string part) => part.EndsWith('.') ? part : part + ".";

    /// <summary>A label's words around an already rendered part (<c>{0}</c>), the words rendered as text.</summary>
    private string Around(string key, string rendered, Func<string, string> text)
    {
        var label = Labels.Get(key);
        var at = label.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0 ? text(label + " ") + rendered : text(label[..at]) + rendered + text(label[(at + 3)..]);
    }
}
