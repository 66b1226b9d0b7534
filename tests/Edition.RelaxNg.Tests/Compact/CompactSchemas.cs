using System.Xml;
using System.Xml.Linq;
using Edition.RelaxNg.Parsing.Compact;

namespace Edition.RelaxNg.Tests.Compact;

/// <summary>Compact-syntax schemas written to a scratch folder and loaded as a user's would be, or translated only.</summary>
internal sealed class CompactSchemas : IDisposable
{
    private readonly TempFolder _folder = new();

    public string Folder => _folder.Path;

    public string Write(string name, string content) => _folder.Write(name, content);

    /// <summary>Loads <c>schema.rnc</c> holding <paramref name="rnc"/>, beside the other files given.</summary>
    public RelaxNgSchema Load(string rnc, params (string Name, string Content)[] others)
    {
        foreach (var (name, content) in others)
        {
            _folder.Write(name, content);
        }

        return RelaxNgSchema.Load(_folder.Write("schema.rnc", rnc));
    }

    /// <summary>The one error loading <c>schema.rnc</c> gives.</summary>
    public RelaxNgError Error(string rnc, params (string Name, string Content)[] others)
    {
        var e = Assert.Throws<RelaxNgSchemaException>(() => Load(rnc, others));
        return Assert.Single(e.Errors);
    }

    /// <summary>The XML-syntax translation, without line info, namespaces written out.</summary>
    public static XElement Translate(string rnc) => CompactParser.Parse(rnc);

    public static bool IsValid(RelaxNgSchema schema, string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), RelaxNgSchema.InstanceReaderSettings());
        return schema.Validate(reader, "instance.xml").IsValid;
    }

    public void Dispose() => _folder.Dispose();
}
