namespace Edition.RelaxNg.Patterns;

/// <summary><c>choice</c>, <c>group</c>, <c>interleave</c> and the derivative algorithm's <c>after</c>.</summary>
internal sealed class BinaryPattern : Pattern
{
    public BinaryPattern(PatternKind kind, int id, Pattern left, Pattern right)
        : base(kind, id, IsNullable(kind, left, right), IsTextSensitive(kind, left, right), HasAttrs(kind, left, right))
    {
        Left = left;
        Right = right;
    }

    public Pattern Left { get; }

    public Pattern Right { get; }

    private static bool IsNullable(PatternKind kind, Pattern l, Pattern r) => kind switch
    {
        PatternKind.Choice => l.Nullable || r.Nullable,
        PatternKind.After => false,
        _ => l.Nullable && r.Nullable,
    };

    // After's right side is the parent's continuation: never consulted by text or attribute derivatives.
    private static bool IsTextSensitive(PatternKind kind, Pattern l, Pattern r) =>
        kind == PatternKind.After ? l.TextSensitive : l.TextSensitive || r.TextSensitive;

    private static bool HasAttrs(PatternKind kind, Pattern l, Pattern r) =>
        kind == PatternKind.After ? l.HasAttributes : l.HasAttributes || r.HasAttributes;
}
