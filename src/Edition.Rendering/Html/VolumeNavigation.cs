using Edition.Rendering.Html.Models;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// A volume's pages as a tree: each part (chapter, compilation, front or back matter) with the pages inside it in
/// the volume's order. Gives a page its trail (the parts it is in), a part its contents, and the list of documents
/// its listing by volume and chapter.
/// </summary>
public sealed class VolumeNavigation
{
    private readonly Dictionary<string, DocumentView> _parts;
    private readonly Labels _labels;
    private readonly ILookup<string, DocumentView> _children;

    public VolumeNavigation(EditionView edition, Dictionary<string, DocumentView> parts, Labels labels)
    {
        _parts = parts;
        _labels = labels;
        _children = edition.Parts.Concat(edition.Documents).Where(d => d.Matter is not null)
            .OrderBy(d => d.Position).ToLookup(d => d.TeiFile + "#" + d.PartId, StringComparer.Ordinal);
    }

    /// <summary>The parts a page is in, innermost first.</summary>
    public static IEnumerable<DocumentView> Ancestors(DocumentView d, IReadOnlyDictionary<string, DocumentView> parts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = d.PartId; id is not null && seen.Add(id) && parts.TryGetValue(id, out var part); id = part.PartId)
        {
            yield return part;
        }
    }

    /// <summary>The parts a page is in, outermost first, as links.</summary>
    public List<PageLink> Trail(DocumentView d, PageContext page) =>
        Ancestors(d, _parts).Reverse().Select(p => Link(p, page)).ToList();

    /// <summary>The pages directly inside a part, in the volume's order.</summary>
    public List<PageLink> Contents(DocumentView part, PageContext page) =>
        part.Kind != "part" ? [] : _children[part.TeiFile + "#" + part.Id].Select(c => Link(c, page)).ToList();

    /// <summary>
    /// The list of documents by volume: documents outside volumes first (in date order), then each volume under its
    /// title, its pages in its order: a part that holds documents as a heading, one that does not as a line.
    /// </summary>
    public List<DocumentListItem> Listing(EditionView edition, List<DocumentListItem> documents)
    {
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var listing = documents.Where(d => d.Volume is null).ToList();
        foreach (var file in edition.Files.Select(f => f.FileName).Where(f => _children.Contains(f + "#")))
        {
            var top = _children[file + "#"].ToList();
            listing.Add(new DocumentListItem { Id = file, Title = top[0].SourceTitle is { Length: > 0 } t ? t : file, Href = "", Kind = "volume", Level = 2 });
            Add(listing, top, byId, 3);
        }

        return listing;
    }

    private void Add(List<DocumentListItem> listing, IEnumerable<DocumentView> pages, Dictionary<string, DocumentListItem> documents, int level)
    {
        foreach (var page in pages)
        {
            if (page.Kind != "part")
            {
                listing.Add(documents[page.Id]);
                continue;
            }

            var inside = _children[page.TeiFile + "#" + page.Id].ToList();
            var holds = inside.Count > 0;
            listing.Add(new DocumentListItem
            {
                Id = page.Id,
                Title = DocumentLabel.Of(page, _labels),
                Href = LinkResolver.DocumentPath(page.Id),
                Kind = holds ? "heading" : "part",
                Level = Math.Min(level, 6),
                Groups = Ancestors(page, _parts).Select(a => a.Id).ToList(),
            });
            Add(listing, inside, documents, level + 1);
        }
    }

    private PageLink Link(DocumentView d, PageContext page) =>
        new(DocumentLabel.Of(d, _labels), page.Page(LinkResolver.DocumentPath(d.Id)), d.Kind, d.Date, _labels.Date(d.Date));
}
