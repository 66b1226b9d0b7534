using System.Text.RegularExpressions;

namespace Edition.RelaxNg.Datatypes;

/// <summary>string and the types derived from it: normalizedString, token, language, Name, NCName, NMTOKEN, ID…</summary>
internal sealed partial class XsdStringType : Datatype
{
    private readonly Func<string, bool> lexicalCheck;
    private readonly int whitespace; // 0 preserve, 1 replace, 2 collapse

    private XsdStringType(string name, int whitespace, Func<string, bool> lexicalCheck, IdType idType = IdType.None)
    {
        Name = name;
        this.whitespace = whitespace;
        this.lexicalCheck = lexicalCheck;
        IdType = idType;
    }

    public override string Name { get; }

    public override IdType IdType { get; }

    public static XsdStringType? Create(string name) => name switch
    {
        "string" => new(name, 0, static _ => true),
        "normalizedString" => new(name, 1, static _ => true),
        "token" => new(name, 2, static _ => true),
        "language" => new(name, 2, static s => LanguageRegex().IsMatch(s)),
        "Name" => new(name, 2, XmlNameChars.IsName),
        "NCName" => new(name, 2, XmlNameChars.IsNCName),

        // An ENTITY names an unparsed entity declared in the DTD (XSD 1.0, 3.3.11); Edition reads no DTD, so none is.
        "ENTITY" => new(name, 2, static _ => false),
        "NMTOKEN" => new(name, 2, XmlNameChars.IsNmToken),
        "ID" => new(name, 2, XmlNameChars.IsNCName, IdType.Id),
        "IDREF" => new(name, 2, XmlNameChars.IsNCName, IdType.IdRef),
        _ => null,
    };

    public override string Normalize(string lexical) => whitespace switch
    {
        0 => lexical,
        1 => Whitespace.Replace(lexical),
        _ => Whitespace.Collapse(lexical),
    };

    public override object? Parse(string lexical, IDatatypeContext context)
    {
        var value = Normalize(lexical);
        return lexicalCheck(value) ? value : null;
    }

    public override int? Length(object value) => ((string)value).EnumerateRunes().Count();

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageRegex();
}
