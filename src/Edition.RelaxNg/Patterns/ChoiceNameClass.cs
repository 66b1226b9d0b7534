namespace Edition.RelaxNg.Patterns;

/// <summary>A <c>choice</c> of two name classes.</summary>
internal sealed class ChoiceNameClass(NameClass left, NameClass right) : NameClass
{
    public NameClass Left { get; } = left;

    public NameClass Right { get; } = right;

    public override bool IsInfinite => Left.IsInfinite || Right.IsInfinite;

    public override bool Contains(QualifiedName name) => Left.Contains(name) || Right.Contains(name);

    public override string Describe(string? contextNamespace) =>
        Left.Describe(contextNamespace) + ", " + Right.Describe(contextNamespace);

    public override void AddRepresentatives(List<QualifiedName> into)
    {
        Left.AddRepresentatives(into);
        Right.AddRepresentatives(into);
    }
}
