using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// What the print edition typesets, in order: the documents as the edition orders them; where the edition has
/// volumes, each file's pages (its documents and its other pages, <see cref="EditionView.Parts"/>: a chapter's own
/// text, front and back matter) together, in volume order, the files in the order of their first document.
/// </summary>
internal static class PrintPages
{
    public static IReadOnlyList<DocumentView> Of(EditionView edition)
    {
        if (edition.Parts.Count == 0)
        {
            return edition.Documents;
        }

        var pages = edition.Documents.Concat(edition.Parts).ToList();
        var fileRank = pages.Select(p => p.TeiFile).Distinct(StringComparer.Ordinal).Select((file, i) => (file, i)).ToDictionary(f => f.file, f => f.i, StringComparer.Ordinal);
        return pages.OrderBy(p => fileRank[p.TeiFile]).ThenBy(p => p.Position).ToList(); // stable: a file's pages without a place keep their order
    }
}
