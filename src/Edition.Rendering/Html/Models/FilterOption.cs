namespace Edition.Rendering.Html.Models;

/// <summary>A value of a document-list filter (person, place or language).</summary>
public sealed record FilterOption(string Value, string Label);
