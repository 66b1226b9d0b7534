namespace Edition.Rendering.Html.Models;

/// <summary>A headed division in a document's table of contents: its anchor, its number by level (<c>2.1</c>), its head's text and the divisions inside it.</summary>
public sealed record ContentsEntry(string Anchor, string Number, string Title, IReadOnlyList<ContentsEntry> Children);
