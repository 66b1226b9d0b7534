using System.Xml.Linq;
using Edition.RelaxNg.Parsing;

namespace Edition.RelaxNg.Simplification;

/// <summary>
/// Spec 4.8 and the prefixed half of 4.10, done per document while its namespace declarations are in scope:
/// a <c>name</c> attribute of element/attribute becomes a <c>name</c> child; prefixed QNames are resolved.
/// </summary>
internal static class NameAttributeRule
{
    public static void Apply(XElement root, SchemaErrors errors)
    {
        foreach (var e in root.DescendantsAndSelf().ToList())
        {
            if (Rng.Local(e) is "element" or "attribute" && e.Attribute("name") is { } attr)
            {
                var name = new XElement(Rng.Name("name"), attr.Value);
                if (Rng.Local(e) == "attribute" && e.Attribute("ns") is null)
                {
                    name.SetAttributeValue("ns", "");
                }

                attr.Remove();
                e.AddFirst(name);
                ResolvePrefix(name, e, errors);
            }
            else if (Rng.Local(e) == "name")
            {
                ResolvePrefix(e, e, errors);
            }
            else if (Rng.Local(e) == "value" && e.Attribute("type")?.Value is "QName" or "NOTATION")
            {
                e.AddAnnotation(new NamespaceContext(e));
            }
        }
    }

    private static void ResolvePrefix(XElement name, XElement scope, SchemaErrors errors)
    {
        var qname = name.Value;
        var colon = qname.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return;
        }

        var prefix = qname[..colon];
        var ns = prefix == "xml" ? XNamespace.Xml : scope.GetNamespaceOfPrefix(prefix);
        if (ns is null)
        {
            errors.Report(RelaxNgErrorCodes.SchemaSyntax, scope, $"prefix '{prefix}' of '{qname}' is not declared");
            return;
        }

        name.SetAttributeValue("ns", ns.NamespaceName);
        name.Value = qname[(colon + 1)..];
    }
}
