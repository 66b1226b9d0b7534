namespace Edition.RelaxNg.Datatypes;

/// <summary>An XML Schema datatype narrowed by facets (<c>data</c> with <c>param</c> children).</summary>
internal sealed class RestrictedDatatype(Datatype baseType, XsdFacets facets) : Datatype
{
    public override string Name => baseType.Name;

    public override IdType IdType => baseType.IdType;

    public override bool IsContextDependent => baseType.IsContextDependent;

    public override object? Parse(string lexical, IDatatypeContext context)
    {
        var value = baseType.Parse(lexical, context);
        return value is not null && facets.Allows(baseType, baseType.Normalize(lexical), value) ? value : null;
    }

    public override bool SameValue(object a, object b) => baseType.SameValue(a, b);

    public override string Normalize(string lexical) => baseType.Normalize(lexical);

    public override int? Length(object value) => baseType.Length(value);

    public override int? Compare(object a, object b) => baseType.Compare(a, b);
}
