namespace Edition.Rendering.Html.Models;

/// <summary>A link to another page of a volume (a part or a document), for a page's trail and a part's contents.</summary>
public sealed record PageLink(string Title, string Href, string Kind, string? Date, string? DateText);
