namespace Edition.Rendering.Html.Models;

/// <summary>A <c>&lt;meta name content&gt;</c> pair (Dublin Core, Highwire citation_*).</summary>
public sealed record MetaTag(string Name, string Content);
