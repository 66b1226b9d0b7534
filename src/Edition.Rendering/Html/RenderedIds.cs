using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>The TEI ids the site renders as HTML anchors (blocks, notes, apparatus, page breaks): valid link fragments.</summary>
public static class RenderedIds
{
    public static HashSet<string> Collect(EditionView edition)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in edition.Documents)
        {
            d.Notes.Select(n => n.Id).Concat(d.Apparatus.Select(a => a.Id)).ToList().ForEach(id => ids.Add(id));
            d.Texts.SelectMany(t => t.Blocks).ToList().ForEach(b => Add(ids, b));
        }

        return ids;
    }

    private static void Add(HashSet<string> ids, BlockView b)
    {
        if (b.Id is not null)
        {
            ids.Add(b.Id);
        }

        Add(ids, b.Inlines);
        b.Rows.SelectMany(r => r).ToList().ForEach(c => Add(ids, c));
        b.Children.ToList().ForEach(c => Add(ids, c));
    }

    private static void Add(HashSet<string> ids, IEnumerable<InlineNode> nodes)
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
            }
        }
    }
}
