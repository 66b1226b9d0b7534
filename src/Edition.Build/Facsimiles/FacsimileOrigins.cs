using Edition.Core.Source.Model;
using Edition.Core.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Build.Facsimiles;

/// <summary>
/// Where the author named each page image of an encoded document: its entry under <c>facsimile:</c> in
/// document.yml (the TEI Edition writes is not the author's file). A TEI-in document has none here: its own
/// graphic's line is the author's.
/// </summary>
internal static class FacsimileOrigins
{
    public static Func<DocumentView, int, SourceSpan?> Of(EditionSource source)
    {
        var pages = source.Documents.OfType<AuthoredDocument>()
            .Where(d => d.Meta.Facsimile is not null)
            .ToDictionary(d => d.Id, d => d.Meta.Facsimile!.Pages, StringComparer.Ordinal);
        // The encoder writes one surface per page, in order; a count that differs is not that document's.
        return (document, index) => pages.TryGetValue(document.Id, out var list) && list.Count == document.Facsimile.Count ? list[index].Span : null;
    }
}
