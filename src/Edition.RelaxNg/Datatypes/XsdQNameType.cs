using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Datatypes;

/// <summary>QName and NOTATION: the value is the expanded name, resolved in the context's namespaces.</summary>
internal sealed class XsdQNameType(string name) : Datatype
{
    public override string Name { get; } = name;

    public override bool IsContextDependent => true;

    public override string Normalize(string lexical) => Whitespace.Collapse(lexical);

    public override object? Parse(string lexical, IDatatypeContext context)
    {
        var s = Normalize(lexical);
        if (!XmlNameChars.IsQName(s))
        {
            return null;
        }

        var colon = s.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? "" : s[..colon];
        var ns = context.LookupNamespace(prefix);
        if (ns is null && prefix.Length > 0)
        {
            return null;
        }

        return new QualifiedName(ns ?? "", colon < 0 ? s : s[(colon + 1)..]);
    }

    public override int? Length(object value) => ((QualifiedName)value).LocalName.Length;
}
