using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Edition.Core.Xml;

namespace Edition.Tei.Validation;

/// <summary>
/// The schemas a file names in its <c>&lt;?xml-model?&gt;</c> processing instructions, and where each is on this
/// machine: a path relative to the file, or the official TEI P5 tei_all URL, which stands for the tei_all Edition
/// ships. Any other URL is never fetched.
/// </summary>
public static partial class XmlModels
{
    public const string RelaxNgNs = "http://relaxng.org/ns/structure/1.0";

    private static readonly string[] SchematronNs = ["http://purl.oclc.org/dsdl/schematron", "http://www.ascc.net/xml/schematron"];

    /// <summary>The xml-model instructions of the prolog, read up to the root element only (no tree is built).</summary>
    public static IReadOnlyList<XmlModel> Read(byte[] xml)
    {
        // Most files name no schema this way; a byte search settles it unless the file is UTF-16 (byte order mark).
        var utf16 = xml.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || xml.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        return !utf16 && xml.AsSpan().IndexOf("xml-model"u8) < 0 ? [] : Read(new MemoryStream(xml, writable: false));
    }

    /// <summary>The xml-model instructions of the XML a stream gives: its prolog alone is read.</summary>
    public static IReadOnlyList<XmlModel> Read(Stream xml)
    {
        var models = new List<XmlModel>();
        try
        {
            using var reader = XmlReader.Create(xml, SafeXml.ReaderSettings(tolerateDoctype: true));
            var position = (IXmlLineInfo)reader; // at a processing instruction, its name's: "<?" is two before
            while (reader.Read() && reader.NodeType != XmlNodeType.Element)
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name == "xml-model" && Parse(reader.Value, position.LineNumber, Math.Max(1, position.LinePosition - 2)) is { } model)
                {
                    models.Add(model);
                }
            }
        }
        catch (XmlException)
        {
            // Not well-formed: reported where the file is parsed; here it names no schema.
        }

        return models;
    }

    /// <summary>Where the schema is on this machine, or null (a missing file, or a URL other than tei_all's).</summary>
    public static string? Resolve(XmlModel model, string directory, string? teiAll)
    {
        if (IsTeiAllUrl(model.Href))
        {
            return teiAll;
        }

        if (model.Href.Contains("://", StringComparison.Ordinal))
        {
            return model.Href.StartsWith("file://", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(model.Href, UriKind.Absolute, out var uri) && File.Exists(uri.LocalPath) ? uri.LocalPath : null;
        }

        var path = Path.GetFullPath(Path.Combine(directory, Uri.UnescapeDataString(model.Href)));
        return File.Exists(path) ? path : null;
    }

    /// <summary>The official tei_all of any TEI P5 release, in either syntax (the current release or the Vault's).</summary>
    public static bool IsTeiAllUrl(string href) => TeiAllUrl().IsMatch(href);

    private static XmlModel? Parse(string data, int line, int column)
    {
        Dictionary<string, string> attributes;
        try
        {
            attributes = XElement.Parse($"<pi {data}/>").Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value);
        }
        catch (XmlException)
        {
            return null; // a pseudo-attribute syntax error: the instruction names no usable schema
        }

        if (!attributes.TryGetValue("href", out var href) || href.Length == 0)
        {
            return null;
        }

        var ns = attributes.GetValueOrDefault("schematypens");
        var type = attributes.GetValueOrDefault("type");
        var kind = SchematronNs.Contains(ns) || (ns is null && href.EndsWith(".sch", StringComparison.OrdinalIgnoreCase)) ? SchemaKind.Schematron
            : ns == RelaxNgNs || type == "application/relax-ng-compact-syntax" || href.EndsWith(".rng", StringComparison.OrdinalIgnoreCase) || href.EndsWith(".rnc", StringComparison.OrdinalIgnoreCase) ? SchemaKind.RelaxNg
            : SchemaKind.Other;
        return new XmlModel(href, kind, line, column);
    }

    [GeneratedRegex(@"^https?://(www\.)?tei-c\.org/(release/xml/tei|Vault/P5/[^/]+/xml/tei)/custom/schema/relaxng/tei_all\.rn[gc]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeiAllUrl();
}

/// <summary>One <c>xml-model</c> instruction: the schema's href, its kind, and the instruction's place.</summary>
public sealed record XmlModel(string Href, SchemaKind Kind, int Line, int Column);

public enum SchemaKind
{
    RelaxNg,
    Schematron,

    /// <summary>XSD, DTD, NVDL…: named but not run by Edition.</summary>
    Other,
}
