namespace Edition.RelaxNg.Patterns;

/// <summary><c>name</c>: exactly one expanded name.</summary>
internal sealed class SimpleNameClass(QualifiedName name) : NameClass
{
    public QualifiedName Name { get; } = name;

    public override bool IsInfinite => false;

    public override bool Contains(QualifiedName name) => name == Name;

    public override string Describe(string? contextNamespace) => Name.Display(contextNamespace);

    public override void AddRepresentatives(List<QualifiedName> into) => into.Add(Name);
}
