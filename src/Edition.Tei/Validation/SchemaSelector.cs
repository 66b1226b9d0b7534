using System.Xml.Linq;
using Edition.Core.Source.Model;
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

        if (document.SourceFile is { } file && XmlModel(document.Tei, Path.GetDirectoryName(Path.GetFullPath(file))!) is { } model)
        {
            return model;
        }

        if (source?.Info.Schema is { } configured)
        {
            return Path.Combine(source.Root, configured);
        }

        return options.DefaultSchema;
    }

    /// <summary>The first RELAX NG (XML syntax) xml-model whose href is a local file that exists.</summary>
    private static string? XmlModel(XDocument tei, string directory)
    {
        foreach (var pi in tei.Nodes().OfType<XProcessingInstruction>().Where(p => p.Target == "xml-model"))
        {
            Dictionary<string, string> attributes;
            try
            {
                attributes = XElement.Parse($"<pi {pi.Data}/>").Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value);
            }
            catch (System.Xml.XmlException)
            {
                continue; // a pseudo-attribute syntax error: the PI names no usable schema
            }

            if (!attributes.TryGetValue("href", out var href) || href.Contains("://", StringComparison.Ordinal))
            {
                continue;
            }

            var isRng = attributes.GetValueOrDefault("schematypens") == "http://relaxng.org/ns/structure/1.0" || href.EndsWith(".rng", StringComparison.OrdinalIgnoreCase);
            var path = Path.Combine(directory, href);
            if (isRng && href.EndsWith(".rng", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
