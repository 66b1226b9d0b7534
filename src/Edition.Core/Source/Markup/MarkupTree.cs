namespace Edition.Core.Source.Markup;

/// <summary>Walks the parsed markup: every block (containers opened) and every inline (directive parts opened).</summary>
public static class MarkupTree
{
    public static IEnumerable<Block> Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            if (block is ContainerBlock container)
            {
                foreach (var child in Blocks(container.Children))
                {
                    yield return child;
                }
            }
        }
    }

    public static IEnumerable<Inline> Inlines(Block block) => block switch
    {
        TextBlock t => Inlines(t.Content),
        MilestoneBlock m => Inlines(m.Items),
        TableBlock table => table.Rows.SelectMany(r => r).SelectMany(Inlines),
        _ => [],
    };

    public static IEnumerable<Inline> Inlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            yield return inline;
            var children = inline switch
            {
                DirectiveInline d => d.Parts.SelectMany(p => p.Content),
                StyledInline s => s.Children,
                LinkInline l => l.Children,
                RawElementInline r => r.Children,
                _ => [],
            };
            foreach (var child in Inlines(children))
            {
                yield return child;
            }
        }
    }
}
