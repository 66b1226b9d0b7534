namespace Edition.RelaxNg.Datatypes;

/// <summary>The RELAX NG built-in library (URI ""): <c>string</c> and <c>token</c>, no parameters.</summary>
internal sealed class BuiltinDatatype : Datatype
{
    public static readonly BuiltinDatatype String = new("string", collapse: false);
    public static readonly BuiltinDatatype Token = new("token", collapse: true);

    private readonly bool collapse;

    private BuiltinDatatype(string name, bool collapse)
    {
        Name = name;
        this.collapse = collapse;
    }

    public override string Name { get; }

    public override object? Parse(string lexical, IDatatypeContext context) => collapse ? Whitespace.Collapse(lexical) : lexical;

    public static Datatype Create(string type, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var datatype = type switch
        {
            "string" => String,
            "token" => Token,
            _ => throw new DatatypeException($"datatype '{type}' is not in the built-in library (only 'string' and 'token')"),
        };
        if (parameters.Count > 0)
        {
            throw new DatatypeException($"the built-in datatype '{type}' takes no parameters (got '{parameters[0].Key}')");
        }

        return datatype;
    }
}
