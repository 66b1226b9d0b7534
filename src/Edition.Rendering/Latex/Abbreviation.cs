using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>One line of the list of abbreviations: the short form as printed and what it stands for.</summary>
public sealed record Abbreviation(string Short, string Expansion, string Lang)
{
    /// <summary>
    /// Archive sigla (APRF → its repository name) and every abbr/expan choice of the texts, once each,
    /// sorted, so the list follows the edition without being written by hand.
    /// </summary>
    public static IReadOnlyList<Abbreviation> Collect(EditionView edition)
    {
        // Each document's on every core; the first of a short form, in document order, gives its expansion.
        var perDocument = new List<Abbreviation>[edition.Documents.Count];
        Parallel.For(0, perDocument.Length, i => perDocument[i] = Of(edition.Full(edition.Documents[i])));
        var found = new SortedDictionary<string, Abbreviation>(StringComparer.Ordinal);
        foreach (var abbreviation in perDocument.SelectMany(a => a))
        {
            found.TryAdd(abbreviation.Short, abbreviation);
        }

        return found.Values.ToList();
    }

    private static List<Abbreviation> Of(DocumentView document)
    {
        var found = new List<Abbreviation>();
        if (document.Archive is { RepositoryAbbr: { } abbr, Repository: { } repository })
        {
            found.Add(new Abbreviation(abbr, repository, "en"));
        }

        foreach (var block in document.Texts.SelectMany(t => t.Blocks.SelectMany(Flatten)))
        {
            foreach (var choice in block.Inlines.SelectMany(Choices))
            {
                var text = Plain(choice.Original);
                if (text.Length > 0)
                {
                    found.Add(new Abbreviation(text, Plain(choice.Regular), block.Lang));
                }
            }
        }

        return found;
    }

    private static IEnumerable<BlockView> Flatten(BlockView block) => block.Children.SelectMany(Flatten).Prepend(block);

    private static IEnumerable<ChoiceNode> Choices(InlineNode node) => node switch
    {
        ChoiceNode { Kind: "abbr" } c => [c],
        StyledNode s => s.Children.SelectMany(Choices),
        EntityNode e => e.Children.SelectMany(Choices),
        SuppliedNode s => s.Children.SelectMany(Choices),
        UnclearNode u => u.Children.SelectMany(Choices),
        ElementNode e => e.Children.SelectMany(Choices),
        DateNode d => d.Children.SelectMany(Choices),
        _ when ManuscriptChange.Children(node) is { } children => children.SelectMany(Choices),
        _ => [],
    };

    internal static string Plain(IEnumerable<InlineNode> nodes) => string.Concat(nodes.Select(n => n switch
    {
        TextNode t => t.Text,
        StyledNode s => Plain(s.Children),
        EntityNode e => Plain(e.Children),
        ChoiceNode c => Plain(c.Regular),
        SuppliedNode s => Plain(s.Children),
        UnclearNode u => Plain(u.Children),
        ElementNode e => Plain(e.Children),
        MathNode m => Plain(m.Children),
        DateNode d => Plain(d.Children),
        StampNode s => Plain(s.Children),
        LinkNode l => Plain(l.Children),
        _ when ManuscriptChange.ReadingChildren(n) is { } children => Plain(children),
        _ => "",
    })).Trim();
}
