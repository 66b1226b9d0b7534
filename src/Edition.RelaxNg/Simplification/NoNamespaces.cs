using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Simplification;

/// <summary>The context of values whose datatype ignores namespaces.</summary>
internal sealed class NoNamespaces : IDatatypeContext
{
    public static readonly NoNamespaces Instance = new();

    public string? LookupNamespace(string prefix) => prefix.Length == 0 ? "" : null;
}
