namespace Edition.RelaxNg.Datatypes;

/// <summary>
/// anyURI. Lenient like jing: characters that URIs forbid are taken as escaped (XLink 5.4), but a '%' must
/// start a hex escape, there is at most one '#', and a scheme, when present, must be well formed.
/// </summary>
internal sealed class XsdAnyUriType : Datatype
{
    public override string Name => "anyURI";

    public override string Normalize(string lexical) => Whitespace.Collapse(lexical);

    public override object? Parse(string lexical, IDatatypeContext context)
    {
        var s = Normalize(lexical);
        return UriSyntax.IsValidReference(s, allowFragment: true) ? s : null;
    }

    public override int? Length(object value) => ((string)value).Length;
}
