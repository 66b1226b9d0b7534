namespace Edition.Rendering.Html;

/// <summary>
/// Where a page sits, so every link can be relative: <c>Root</c> leads to <c>site/</c> (assets, TEI, search
/// index), <c>Base</c> to the page's UI-language tree (pages), <c>DocumentId</c> is the page's own document.
/// </summary>
public sealed record PageContext(string Root, string Base, string UiLang, string? DocumentId, LinkResolver Links)
{
    /// <summary>A link to a page of this UI-language tree ("documents/d1.html#x" → "../documents/d1.html#x" or "#x").</summary>
    public string Page(string sitePath, string? fragment = null)
    {
        if (DocumentId is not null && sitePath == LinkResolver.DocumentPath(DocumentId) && fragment is not null)
        {
            return "#" + fragment;
        }

        return Base + sitePath + (fragment is null ? "" : "#" + fragment);
    }
}
