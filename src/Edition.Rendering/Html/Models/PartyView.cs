namespace Edition.Rendering.Html.Models;

/// <summary>Sender or recipient with links to the indices (null when not indexed).</summary>
public sealed record PartyView(string? Name, string? Href, string? Place, string? PlaceHref);
