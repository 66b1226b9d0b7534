namespace Edition.Rendering.Html.Models;

/// <summary>A column of the parallel view: one text (original or translation).</summary>
public sealed record TextColumn(int Index, string Role, string Lang, string LanguageName);
