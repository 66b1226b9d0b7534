using Edition.Rendering.Html;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// The signs of a manuscript's changes the edition's texts use (<c>del</c>, <c>add_above</c>, <c>handshift</c>…), in the
/// legend's order, so the front matter explains only those (none used: no legend).
/// </summary>
public static class PrintSigns
{
    public static IReadOnlyList<string> Collect(EditionView edition)
    {
        var used = new SortedSet<ManuscriptSign>();
        foreach (var document in edition.FullDocuments())
        {
            var blocks = document.Texts.SelectMany(t => t.Blocks).Concat(document.Front).Concat(document.Back).SelectMany(Flatten);
            var inlines = blocks.SelectMany(b => b.Rows.SelectMany(r => r).Prepend(b.Inlines))
                .Concat(document.Notes.Select(n => n.Content));
            foreach (var node in inlines.SelectMany(Walk))
            {
                if (SignOf(node) is { } sign)
                {
                    used.Add(sign);
                }
            }
        }

        return used.Select(s => ManuscriptSigns.LabelKey(s)["sign_".Length..]).ToList();
    }

    private static ManuscriptSign? SignOf(InlineNode node) => node switch
    {
        DeletionNode d => d.Rend == "erased" ? ManuscriptSign.Erased : ManuscriptSign.Deleted,
        AdditionNode a => ManuscriptSigns.OfPlace(a.Place),
        HandShiftNode => ManuscriptSign.HandShift,
        DamageNode => ManuscriptSign.Damage,
        SpaceNode => ManuscriptSign.Space,
        RestoreNode => ManuscriptSign.Restored,
        RetraceNode => ManuscriptSign.Retraced,
        _ => null,
    };

    private static IEnumerable<BlockView> Flatten(BlockView block) => block.Children.SelectMany(Flatten).Prepend(block);

    private static IEnumerable<InlineNode> Walk(IReadOnlyList<InlineNode> nodes) => nodes.SelectMany(n => Children(n).SelectMany(Walk).Prepend(n));

    private static IEnumerable<IReadOnlyList<InlineNode>> Children(InlineNode node) => node switch
    {
        ChoiceNode c => [c.Original, c.Regular],
        StyledNode s => [s.Children],
        EntityNode e => [e.Children],
        SicNode s => [s.Children],
        SuppliedNode s => [s.Children],
        UnclearNode u => [u.Children],
        AppNode a => [a.Lemma],
        DateNode d => [d.Children],
        StampNode s => [s.Children],
        LinkNode l => [l.Children],
        ElementNode e => [e.Children],
        _ => ManuscriptChange.Children(node) is { } children ? [children] : [],
    };
}
