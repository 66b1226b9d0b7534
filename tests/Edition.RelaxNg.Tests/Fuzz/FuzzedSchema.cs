using System.Xml;
using Edition.RelaxNg;

namespace Edition.RelaxNg.Tests.Fuzz;

/// <summary>What the schema fuzzers do with each input: load it as a schema file and, if it loads, validate a small instance with it.</summary>
internal static class FuzzedSchema
{
    public static void LoadAndValidate(string folder, string fileName, byte[] input)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllBytes(path, input);
        RelaxNgSchema schema;
        try
        {
            schema = RelaxNgSchema.Load(path);
        }
        catch (RelaxNgSchemaException)
        {
            return;
        }

        using var reader = XmlReader.Create(new StringReader("<a xmlns='urn:x' b='1'><c>text</c>2</a>"), RelaxNgSchema.InstanceReaderSettings());
        schema.Validate(reader, "instance.xml");
    }
}
