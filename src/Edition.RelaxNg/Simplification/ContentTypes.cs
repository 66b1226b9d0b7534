using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Simplification;

/// <summary>Computes (and memoises) the spec 7.2 content type of a pattern.</summary>
internal sealed class ContentTypes
{
    private readonly Dictionary<int, ContentType> memo = [];

    public ContentType Of(Pattern p)
    {
        if (memo.TryGetValue(p.Id, out var known))
        {
            return known;
        }

        var result = p switch
        {
            { Kind: PatternKind.Text or PatternKind.Element } => ContentType.Complex,
            { Kind: PatternKind.Data or PatternKind.Value or PatternKind.List } => ContentType.Simple,
            BinaryPattern { Kind: PatternKind.Choice } c => Max(Of(c.Left), Of(c.Right)),
            BinaryPattern b => Groupable(Of(b.Left), Of(b.Right)),
            UnaryPattern u => Groupable(Of(u.Child), Of(u.Child)) == ContentType.Invalid ? ContentType.Invalid : Of(u.Child),
            _ => ContentType.Empty,
        };
        memo[p.Id] = result;
        return result;
    }

    private static ContentType Max(ContentType a, ContentType b) => (ContentType)Math.Max((int)a, (int)b);

    private static ContentType Groupable(ContentType a, ContentType b)
    {
        if (a == ContentType.Invalid || b == ContentType.Invalid)
        {
            return ContentType.Invalid;
        }

        return a == ContentType.Empty || b == ContentType.Empty || (a == ContentType.Complex && b == ContentType.Complex)
            ? Max(a, b)
            : ContentType.Invalid;
    }
}
