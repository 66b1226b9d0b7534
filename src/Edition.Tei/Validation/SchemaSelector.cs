using System.Xml.Linq;
using Edition.Core.Source.Model;
using Edition.Core.Xml;
using Edition.Tei.Encoding;

namespace Edition.Tei.Validation;

/// <summary>
/// Which RELAX NG schema a document is validated with: <c>--schema</c>; for Edition's own TEI, edition.rng;
/// for TEI-in, its <c>&lt;?xml-model?&gt;</c> schema when that file exists locally, else edition.yml's
/// <c>schema</c>, else tei_all.
/// </summary>
public static class SchemaSelector
{
    public static string? Select(EncodedDocument document, EditionSource? source, ValidationOptions options)
    {
        if (options.SchemaOverride is { } forced)
        {
            return forced;
        }

        if (!document.IsPassThrough)
        {
            return options.GeneratedSchema ?? options.DefaultSchema;
        }

        if (document.SourceFile is { } file && XmlModel(document.PassThroughBytes!, Path.GetDirectoryName(Path.GetFullPath(file))!) is { } model)
        {
            return model;
        }

        if (source?.Info.Schema is { } configured)
        {
            return Path.Combine(source.Root, configured);
        }

        return options.DefaultSchema;
    }

    /// <summary>The first RELAX NG xml-model (a .rng, or a .rnc in compact syntax) whose href is a local file that exists.</summary>
    private static string? XmlModel(byte[] tei, string directory)
    {
        foreach (var data in XmlModels(tei))
        {
            Dictionary<string, string> attributes;
            try
            {
                attributes = XElement.Parse($"<pi {data}/>").Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value);
            }
            catch (System.Xml.XmlException)
            {
                continue; // a pseudo-attribute syntax error: the PI names no usable schema
            }

            if (!attributes.TryGetValue("href", out var href) || href.Contains("://", StringComparison.Ordinal))
            {
                continue;
            }

            var isRelaxNg = href.EndsWith(".rng", StringComparison.OrdinalIgnoreCase) || href.EndsWith(".rnc", StringComparison.OrdinalIgnoreCase);
            var path = Path.Combine(directory, href);
            if (isRelaxNg && File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>The xml-model processing instructions of the prolog, read up to the root element only (no tree is built).</summary>
    private static List<string> XmlModels(byte[] tei)
    {
        var models = new List<string>();
        // Most files name no schema this way; a byte search settles it unless the file is UTF-16 (byte order mark).
        var utf16 = tei.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || tei.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!utf16 && tei.AsSpan().IndexOf("xml-model"u8) < 0)
        {
            return models;
        }

        try
        {
            using var reader = System.Xml.XmlReader.Create(new MemoryStream(tei, writable: false), SafeXml.ReaderSettings(tolerateDoctype: true));
            while (reader.Read() && reader.NodeType != System.Xml.XmlNodeType.Element)
            {
                if (reader.NodeType == System.Xml.XmlNodeType.ProcessingInstruction && reader.Name == "xml-model")
                {
                    models.Add(reader.Value);
                }
            }
        }
        catch (System.Xml.XmlException)
        {
            // Not well-formed: reported where the file is parsed; here it names no schema.
        }

        return models;
    }
}
