using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Simplification;

/// <summary>
/// The attribute and element name classes, and whether text, occur in a pattern without crossing an
/// element boundary (memoised; used by the section 7.3 and 7.4 checks). Attributes are pruned with
/// <see cref="Pattern.HasAttributes"/>; elements and text are only asked for under interleave.
/// </summary>
internal sealed class NameSets
{
    private static readonly List<NameClass> None = [];
    private readonly Dictionary<int, List<NameClass>> attributes = [];
    private readonly Dictionary<int, (List<NameClass> Names, bool Text)> elements = [];

    public IReadOnlyList<NameClass> Attributes(Pattern p)
    {
        if (!p.HasAttributes)
        {
            return None;
        }

        if (attributes.TryGetValue(p.Id, out var known))
        {
            return known;
        }

        var result = p switch
        {
            AttributePattern a => [a.Name],
            BinaryPattern b => [.. Attributes(b.Left), .. Attributes(b.Right)],
            UnaryPattern u => [.. Attributes(u.Child)],
            _ => None,
        };
        attributes[p.Id] = result;
        return result;
    }

    public IReadOnlyList<NameClass> Elements(Pattern p) => ElementsAndText(p).Names;

    public bool HasText(Pattern p) => ElementsAndText(p).Text;

    private (List<NameClass> Names, bool Text) ElementsAndText(Pattern p)
    {
        if (elements.TryGetValue(p.Id, out var known))
        {
            return known;
        }

        (List<NameClass>, bool) result = p switch
        {
            ElementPattern e => ([e.Name], false),
            { Kind: PatternKind.Text } => (None, true),
            BinaryPattern b => Union(ElementsAndText(b.Left), ElementsAndText(b.Right)),
            UnaryPattern u => ElementsAndText(u.Child),
            _ => (None, false),
        };
        elements[p.Id] = result;
        return result;
    }

    private static (List<NameClass>, bool) Union((List<NameClass> Names, bool Text) a, (List<NameClass> Names, bool Text) b) =>
        ([.. a.Names, .. b.Names], a.Text || b.Text);
}
