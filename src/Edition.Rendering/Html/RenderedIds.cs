using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>The TEI ids the site renders as HTML anchors (blocks, notes, apparatus, page breaks): valid link fragments.</summary>
public static class RenderedIds
{
    /// <summary>An id of a TEI file as the set holds it: ids are unique within a file (volumes reuse each other's).</summary>
    public static string Key(string teiFile, string id) => teiFile + "#" + id;

    /// <summary>An id as rendered on one page (a document's, or a volume part's): what a link's fragment may name there.</summary>
    public static string PageKey(string pageId, string id) => "\0" + pageId + "#" + id;

    /// <summary>Each document's ids on every core, then one set (looked up only, so the order it was filled in is of no account).</summary>
    public static HashSet<string> Collect(EditionView edition)
    {
        IReadOnlyList<DocumentView> pages = [.. edition.Documents, .. edition.Parts];
        var perDocument = new List<string>[pages.Count];
        Parallel.For(0, perDocument.Length, i =>
        {
            var d = edition.Full(pages[i]); // read back from disk when the edition holds summaries
            var ids = new List<string>();
            ids.AddRange(d.Notes.Select(n => n.Id));
            ids.AddRange(d.Apparatus.Select(a => a.Id));
            foreach (var text in d.Texts)
            {
                foreach (var block in text.Blocks)
                {
                    Add(ids, block);
                }
            }

            perDocument[i] = ids;
        });

        var all = new HashSet<string>(2 * perDocument.Sum(ids => ids.Count), StringComparer.Ordinal);
        for (var i = 0; i < perDocument.Length; i++)
        {
            var file = pages[i].TeiFile;
            foreach (var id in perDocument[i])
            {
                all.Add(Key(file, id));
                all.Add(PageKey(pages[i].Id, id));
            }
        }

        return all;
    }

    private static void Add(List<string> ids, BlockView b)
    {
        if (b.Id is not null)
        {
            ids.Add(b.Id);
        }

        Add(ids, b.Inlines);
        foreach (var row in b.Rows)
        {
            foreach (var cell in row)
            {
                Add(ids, cell);
            }
        }

        foreach (var child in b.Children)
        {
            Add(ids, child);
        }
    }

    private static void Add(List<string> ids, IEnumerable<InlineNode> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case PageBreakNode { Id: { } id }: ids.Add(id); break;
                case StyledNode s: Add(ids, s.Children); break;
                case EntityNode e: Add(ids, e.Children); break;
                case ChoiceNode c: Add(ids, c.Original); break;
                case SicNode s: Add(ids, s.Children); break;
                case SuppliedNode s: Add(ids, s.Children); break;
                case UnclearNode u: Add(ids, u.Children); break;
                case AppNode a: Add(ids, a.Lemma); break;
                case DateNode d: Add(ids, d.Children); break;
                case StampNode s: Add(ids, s.Children); break;
                case LinkNode l: Add(ids, l.Children); break;
                case ElementNode e: Add(ids, e.Children); break;
                case MathNode m: Add(ids, m.Children); break;
                case var _ when ManuscriptChange.Children(node) is { } children: Add(ids, children); break;
            }
        }
    }
}
