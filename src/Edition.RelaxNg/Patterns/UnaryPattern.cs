namespace Edition.RelaxNg.Patterns;

/// <summary><c>oneOrMore</c> and <c>list</c>.</summary>
internal sealed class UnaryPattern : Pattern
{
    public UnaryPattern(PatternKind kind, int id, Pattern child)
        : base(
            kind,
            id,
            nullable: kind == PatternKind.OneOrMore && child.Nullable,
            textSensitive: kind == PatternKind.List || child.TextSensitive,
            hasAttributes: kind == PatternKind.OneOrMore && child.HasAttributes)
    {
        Child = child;
    }

    public Pattern Child { get; }
}
