namespace Edition.Rendering.Html.Models;

/// <summary>
/// A note or apparatus entry rendered: <c>marker</c> is its number (notes) or letter (apparatus), <c>backrefs</c>
/// the anchors of its references in the text, <c>segment</c> the passage it belongs to.
/// </summary>
public sealed record NoteHtml(string Id, string Marker, string Lang, string? Type, SafeHtml Html, IReadOnlyList<string> Backrefs, string? Segment);
