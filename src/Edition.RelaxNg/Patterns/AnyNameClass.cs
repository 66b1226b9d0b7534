namespace Edition.RelaxNg.Patterns;

/// <summary><c>anyName</c>, optionally with an <c>except</c>.</summary>
internal sealed class AnyNameClass(NameClass? except) : NameClass
{
    public NameClass? Except { get; } = except;

    public override bool IsInfinite => true;

    public override bool Contains(QualifiedName name) => Except is null || !Except.Contains(name);

    public override string Describe(string? contextNamespace) =>
        Except is null ? "any name" : "any name except " + Except.Describe(contextNamespace);

    public override void AddRepresentatives(List<QualifiedName> into)
    {
        into.Add(new QualifiedName(Illegal, Illegal));
        Except?.AddRepresentatives(into);
    }
}
