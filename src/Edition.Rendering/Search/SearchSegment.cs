namespace Edition.Rendering.Search;

/// <summary>A passage of a document as the search index sees it: where it is (anchor) and its plain text.</summary>
public sealed record SearchSegment(string DocumentId, string Anchor, string Lang, string Text);
