namespace Edition.RelaxNg.Patterns;

/// <summary><c>empty</c>, <c>notAllowed</c> and <c>text</c>: singletons shared by every schema.</summary>
internal sealed class LeafPattern : Pattern
{
    public static readonly LeafPattern Empty = new(PatternKind.Empty, 0, nullable: true);
    public static readonly LeafPattern NotAllowed = new(PatternKind.NotAllowed, 1, nullable: false);
    public static readonly LeafPattern Text = new(PatternKind.Text, 2, nullable: true);

    /// <summary>The first id free for other patterns.</summary>
    public const int FirstFreeId = 3;

    private LeafPattern(PatternKind kind, int id, bool nullable)
        : base(kind, id, nullable, textSensitive: false, hasAttributes: false)
    {
    }
}
