namespace Edition.Rendering.Search;

/// <summary>
/// One passage in the search index: where it is, its text, and its folded and transliterated forms. Folding
/// (Unicode normalisation) is the costly part of a corpus's index, so it is done once, when the document is
/// rendered, and kept with the document's cached pages.
/// </summary>
public sealed record SearchSegment(string DocumentId, string Anchor, string Lang, string Text, string Folded, string Latin)
{
    public static SearchSegment Of(string documentId, string anchor, string lang, string text)
    {
        var folded = SearchText.Fold(text);
        var latin = SearchText.Latin(folded);
        return new SearchSegment(documentId, anchor, lang, text, folded, latin == folded ? "" : latin);
    }
}
