using System.Xml.Linq;

namespace Edition.Tei.Encoding;

/// <summary>The TEI namespace and small element builders, so encoders read like the TEI they write.</summary>
public static class Tei
{
    public static readonly XNamespace Ns = "http://www.tei-c.org/ns/1.0";

    public static readonly XName XmlId = XNamespace.Xml + "id";

    public static readonly XName XmlLang = XNamespace.Xml + "lang";

    public static XElement E(string name, params object?[] content) => new(Ns + name, content.Where(c => c is not null));

    /// <summary>An attribute, or nothing when the value is absent (so optional metadata simply drops out).</summary>
    public static XAttribute? A(string name, string? value) => string.IsNullOrEmpty(value) ? null : new XAttribute(name, value);

    public static XAttribute? A(XName name, string? value) => string.IsNullOrEmpty(value) ? null : new XAttribute(name, value);

    /// <summary>An element with text, or nothing when the text is absent.</summary>
    public static XElement? Opt(string name, string? text, params object?[] attributes) =>
        string.IsNullOrEmpty(text) ? null : E(name, [.. attributes, text]);
}
