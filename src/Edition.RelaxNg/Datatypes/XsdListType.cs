namespace Edition.RelaxNg.Datatypes;

/// <summary>NMTOKENS, IDREFS, ENTITIES: whitespace-separated lists of at least one item.</summary>
internal sealed class XsdListType(string name, Datatype item, IdType idType) : Datatype
{
    public override string Name { get; } = name;

    public override IdType IdType { get; } = idType;

    public static XsdListType? Create(string name) => name switch
    {
        "NMTOKENS" => new(name, XsdStringType.Create("NMTOKEN")!, IdType.None),
        "IDREFS" => new(name, XsdStringType.Create("IDREF")!, IdType.IdRefs),
        "ENTITIES" => new(name, XsdStringType.Create("ENTITY")!, IdType.None),
        _ => null,
    };

    public override string Normalize(string lexical) => Whitespace.Collapse(lexical);

    public override object? Parse(string lexical, IDatatypeContext context)
    {
        var items = Whitespace.Tokens(lexical);
        if (items.Length == 0)
        {
            return null;
        }

        foreach (var i in items)
        {
            if (!item.IsValid(i, context))
            {
                return null;
            }
        }

        return new ListValue(items);
    }

    public override int? Length(object value) => ((ListValue)value).Items.Length;

    /// <summary>A list value: equal when the items are equal one by one.</summary>
    internal sealed class ListValue(string[] items)
    {
        public string[] Items { get; } = items;

        public override bool Equals(object? obj) => obj is ListValue other && Items.AsSpan().SequenceEqual(other.Items);

        public override int GetHashCode() => Items.Length;
    }
}
