namespace Edition.Rendering.Html.Models;

/// <summary>The same page in another UI language.</summary>
public sealed record LanguageLink(string Lang, string Label, string Href, bool Current);
