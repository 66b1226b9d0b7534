namespace Edition.RelaxNg.Datatypes;

/// <summary>boolean: true, false, 1, 0.</summary>
internal sealed class XsdBooleanType : Datatype
{
    public override string Name => "boolean";

    public override string Normalize(string lexical) => Whitespace.Collapse(lexical);

    public override object? Parse(string lexical, IDatatypeContext context) => Normalize(lexical) switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };
}
