namespace Edition.RelaxNg.Patterns;

/// <summary>An expanded XML name: namespace URI (empty for none) and local name.</summary>
internal readonly record struct QualifiedName(string Namespace, string LocalName)
{
    /// <summary>Local name alone when the namespace is the one the reader expects, else <c>{ns}local</c>.</summary>
    public string Display(string? contextNamespace = null) =>
        Namespace.Length == 0 || Namespace == contextNamespace ? LocalName : "{" + Namespace + "}" + LocalName;

    public override string ToString() => Display();
}
