namespace Edition.Tei.Reading.Views;

/// <summary>
/// What the nodes of a manuscript's own changes hold, for the walks over inline trees (plain text, ids, figures,
/// formulas), so each walk knows them in one line.
/// </summary>
public static class ManuscriptChange
{
    /// <summary>The node's children if it is a change that holds text (a deletion's too), else null.</summary>
    public static IReadOnlyList<InlineNode>? Children(InlineNode node) => node switch
    {
        DeletionNode d => d.Children,
        AdditionNode a => a.Children,
        SubstitutionNode s => s.Children,
        DamageNode d => d.Children,
        RestoreNode r => r.Children,
        RetraceNode r => r.Children,
        _ => null,
    };

    /// <summary>As <see cref="Children"/>, but what the reading text holds: a deletion (not restored) holds nothing.</summary>
    public static IReadOnlyList<InlineNode>? ReadingChildren(InlineNode node) => node switch
    {
        DeletionNode => [],
        RestoreNode r => r.Children.SelectMany(c => c is DeletionNode d ? d.Children : [c]).ToList(),
        _ => Children(node),
    };
}
