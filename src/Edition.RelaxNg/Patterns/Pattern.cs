namespace Edition.RelaxNg.Patterns;

/// <summary>
/// A node of the pattern graph. Patterns are hash-consed by <see cref="PatternBuilder"/>, so structural
/// equality is reference equality and <see cref="Id"/> keys every memo table.
/// </summary>
internal abstract class Pattern
{
    protected Pattern(PatternKind kind, int id, bool nullable, bool textSensitive, bool hasAttributes)
    {
        Kind = kind;
        Id = id;
        Nullable = nullable;
        TextSensitive = textSensitive;
        HasAttributes = hasAttributes;
    }

    public PatternKind Kind { get; }

    public int Id { get; }

    /// <summary>Matches the empty sequence (computed once, at construction).</summary>
    public bool Nullable { get; }

    /// <summary>The text derivative depends on the text itself (data, value, list reachable at text level).</summary>
    public bool TextSensitive { get; }

    /// <summary>An attribute pattern is reachable before the next element boundary.</summary>
    public bool HasAttributes { get; }

    public override string ToString() => Kind.ToString() + "#" + Id;
}
