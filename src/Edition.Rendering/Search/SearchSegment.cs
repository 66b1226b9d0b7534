namespace Edition.Rendering.Search;

/// <summary>One passage in the search index: the anchor a result links to, its language, its text, and what it is.</summary>
/// <param name="Kind">"" for the text, <see cref="Note"/> for a note, <see cref="Reading"/> for an apparatus entry's variant readings.</param>
public sealed record SearchSegment(string Anchor, string Lang, string Text, string Kind = "")
{
    public const string Note = "note";
    public const string Reading = "rdg";
}
