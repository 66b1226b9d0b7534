namespace Edition.RelaxNg.Patterns;

/// <summary><c>nsName</c>: any name in one namespace, optionally with an <c>except</c>.</summary>
internal sealed class NsNameClass(string ns, NameClass? except) : NameClass
{
    public string Namespace { get; } = ns;

    public NameClass? Except { get; } = except;

    public override bool IsInfinite => true;

    public override bool Contains(QualifiedName name) =>
        name.Namespace == Namespace && (Except is null || !Except.Contains(name));

    public override string Describe(string? contextNamespace) =>
        (Namespace.Length == 0 ? "any name without namespace" : "any name in namespace " + Namespace)
        + (Except is null ? "" : " except " + Except.Describe(contextNamespace));

    public override void AddRepresentatives(List<QualifiedName> into)
    {
        into.Add(new QualifiedName(Namespace, Illegal));
        Except?.AddRepresentatives(into);
    }
}
