using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Simplification;

/// <summary>
/// The attribute and element name classes, and whether text, occur in a pattern without crossing an
/// element boundary (memoised; used by the section 7.3 and 7.4 checks).
/// </summary>
internal sealed class NameSets
{
    private readonly Dictionary<int, Sets> memo = [];

    public IReadOnlyList<NameClass> Attributes(Pattern p) => Of(p).Attributes;

    public IReadOnlyList<NameClass> Elements(Pattern p) => Of(p).Elements;

    public bool HasText(Pattern p) => Of(p).Text;

    private Sets Of(Pattern p)
    {
        if (memo.TryGetValue(p.Id, out var known))
        {
            return known;
        }

        var result = p switch
        {
            AttributePattern a => new Sets([a.Name], [], false),
            ElementPattern e => new Sets([], [e.Name], false),
            { Kind: PatternKind.Text } => new Sets([], [], true),
            BinaryPattern b => Union(Of(b.Left), Of(b.Right)),
            UnaryPattern u => Of(u.Child),
            _ => Sets.None,
        };
        memo[p.Id] = result;
        return result;
    }

    private static Sets Union(Sets a, Sets b) =>
        new([.. a.Attributes, .. b.Attributes], [.. a.Elements, .. b.Elements], a.Text || b.Text);

    private sealed record Sets(List<NameClass> Attributes, List<NameClass> Elements, bool Text)
    {
        public static readonly Sets None = new([], [], false);
    }
}
