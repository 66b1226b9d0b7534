namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>
/// The prefixes a compact-syntax schema declares (specification section 4 and the constraints of A.1): namespace
/// prefixes (a URI, or null for <c>inherit</c>), the default namespace, datatypes prefixes. <c>xml</c> and <c>xsd</c>
/// are predeclared.
/// </summary>
internal sealed class CompactEnvironment
{
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XsdLibrary = "http://www.w3.org/2001/XMLSchema-datatypes";

    private readonly Dictionary<string, string?> namespaces = new(StringComparer.Ordinal) { ["xml"] = XmlNamespace };
    private readonly HashSet<string> declaredNamespaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> datatypes = new(StringComparer.Ordinal) { ["xsd"] = XsdLibrary };
    private readonly HashSet<string> declaredDatatypes = new(StringComparer.Ordinal);
    private bool defaultDeclared;

    /// <summary>The default namespace; null when inherited (also when none is declared).</summary>
    public string? DefaultNamespace { get; private set; }

    public void DeclareNamespace(string prefix, string? uri, CompactToken at)
    {
        if (prefix == "xmlns")
        {
            throw Error(at, "the prefix 'xmlns' cannot be declared");
        }

        if (prefix == "xml" && uri != XmlNamespace)
        {
            throw Error(at, $"the prefix 'xml' can only be bound to {XmlNamespace}");
        }

        if (prefix != "xml" && uri == XmlNamespace)
        {
            throw Error(at, $"{XmlNamespace} can only be bound to the prefix 'xml'");
        }

        if (!declaredNamespaces.Add(prefix))
        {
            throw Error(at, $"the namespace prefix '{prefix}' is declared twice");
        }

        namespaces[prefix] = uri;
    }

    public void DeclareDefault(string? prefix, string? uri, CompactToken at)
    {
        if (defaultDeclared)
        {
            throw Error(at, "the default namespace is declared twice");
        }

        if (prefix is null && uri == XmlNamespace)
        {
            throw Error(at, $"{XmlNamespace} can only be bound to the prefix 'xml'");
        }

        if (prefix is not null)
        {
            DeclareNamespace(prefix, uri, at);
        }

        (defaultDeclared, DefaultNamespace) = (true, uri);
    }

    public void DeclareDatatypes(string prefix, string uri, CompactToken at)
    {
        if (prefix == "xsd" && uri != XsdLibrary)
        {
            throw Error(at, $"the datatypes prefix 'xsd' can only be bound to {XsdLibrary}");
        }

        if (!declaredDatatypes.Add(prefix))
        {
            throw Error(at, $"the datatypes prefix '{prefix}' is declared twice");
        }

        datatypes[prefix] = uri;
    }

    /// <summary>The namespace URI of a prefix; null when it is bound to <c>inherit</c>.</summary>
    public string? Namespace(string prefix, CompactToken at) =>
        namespaces.TryGetValue(prefix, out var uri) ? uri : throw Error(at, $"the namespace prefix '{prefix}' is not declared (namespace {prefix} = \"...\")");

    public string Datatypes(string prefix, CompactToken at) =>
        datatypes.TryGetValue(prefix, out var uri) ? uri : throw Error(at, $"the datatypes prefix '{prefix}' is not declared (datatypes {prefix} = \"...\")");

    private static CompactSyntaxException Error(CompactToken at, string message) =>
        new(RelaxNgErrorCodes.CompactDeclaration, message, at.Line, at.Column);
}
