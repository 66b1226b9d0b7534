using System.Xml.Linq;

namespace Edition.RelaxNg.Parsing;

/// <summary>Names of the RELAX NG vocabulary.</summary>
internal static class Rng
{
    public const string Namespace = "http://relaxng.org/ns/structure/1.0";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns";

    public static readonly XNamespace Ns = Namespace;

    public static XName Name(string local) => Ns + local;

    public static bool Is(XElement e, string local) => e.Name.LocalName == local && e.Name.NamespaceName == Namespace;

    public static string Local(XElement e) => e.Name.LocalName;

    public static string? Attr(XElement e, string name) => e.Attribute(name)?.Value;
}
