using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Figures;

/// <summary>Every graphic of a document's figures, wherever it stands: texts, front and back matter, notes, apparatus.</summary>
internal static class DocumentGraphics
{
    public static IEnumerable<GraphicView> Of(DocumentView d) =>
        d.Texts.SelectMany(t => t.Blocks).Concat(d.Front).Concat(d.Back).SelectMany(InBlock)
            .Concat(d.Notes.SelectMany(n => InInlines(n.Content)))
            .Concat(d.Apparatus.SelectMany(a => InInlines(a.Lemma).Concat(a.Readings.SelectMany(r => InInlines(r.Content)))));

    private static IEnumerable<GraphicView> InBlock(BlockView b) =>
        InInlines(b.Inlines).Concat(b.Rows.SelectMany(r => r).SelectMany(InInlines)).Concat(b.Children.SelectMany(InBlock));

    private static IEnumerable<GraphicView> InInlines(IEnumerable<InlineNode> nodes) => nodes.SelectMany(InInline);

    private static IEnumerable<GraphicView> InInline(InlineNode node) => node switch
    {
        FigureNode f => f.Graphics.Concat(InInlines(f.Caption)).Concat(InInlines(f.Content)),
        StyledNode s => InInlines(s.Children),
        EntityNode e => InInlines(e.Children),
        ChoiceNode c => InInlines(c.Original).Concat(InInlines(c.Regular)),
        SicNode s => InInlines(s.Children),
        SuppliedNode s => InInlines(s.Children),
        UnclearNode u => InInlines(u.Children),
        AppNode a => InInlines(a.Lemma),
        DateNode d => InInlines(d.Children),
        StampNode s => InInlines(s.Children),
        LinkNode l => InInlines(l.Children),
        ElementNode e => InInlines(e.Children),
        _ when ManuscriptChange.Children(node) is { } children => InInlines(children),
        _ => [],
    };
}
