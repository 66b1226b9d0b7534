using System.Xml.Linq;
using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Simplification;

/// <summary>The namespace bindings of a schema <c>value</c> element, captured before documents are merged.</summary>
internal sealed class NamespaceContext : IDatatypeContext
{
    private readonly Dictionary<string, string> bindings = new(StringComparer.Ordinal);

    public NamespaceContext(XElement scope)
    {
        for (var e = scope; e is not null; e = e.Parent)
        {
            foreach (var a in e.Attributes().Where(a => a.IsNamespaceDeclaration))
            {
                var prefix = a.Name.NamespaceName.Length == 0 ? "" : a.Name.LocalName;
                bindings.TryAdd(prefix, a.Value);
            }
        }

        bindings["xml"] = XNamespace.Xml.NamespaceName;
    }

    /// <summary>The default namespace of a value is its <c>ns</c> attribute (spec 4.9), set once known.</summary>
    public string DefaultNamespace { get; set; } = "";

    public string? LookupNamespace(string prefix) => prefix.Length == 0 ? DefaultNamespace : bindings.GetValueOrDefault(prefix);
}
