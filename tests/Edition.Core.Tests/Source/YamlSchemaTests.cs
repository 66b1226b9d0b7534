using System.Text.Json.Nodes;
using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Source.Yaml;
using Edition.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Edition.Core.Tests.Source;

/// <summary>The schemas of schemas/yaml/ are the YAML formats' one definition: the loader reads exactly their fields, and every YAML file of the samples is valid against them.</summary>
public sealed class YamlSchemaTests
{
    private static readonly Dictionary<string, string> FileOf = new()
    {
        [YamlSchemas.Edition] = "edition.yml",
        [YamlSchemas.Document] = "documents/d1/document.yml",
        [YamlSchemas.Persons] = "persons.yml",
        [YamlSchemas.Places] = "places.yml",
    };

    [Fact]
    public void TheLoaderReadsEveryFieldOfTheSchemasAndNoOther()
    {
        var project = Path.Combine(Path.GetTempPath(), "edition-schema-fields-" + Guid.NewGuid().ToString("N"));
        try
        {
            var expected = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (kind, file) in FileOf)
            {
                var schema = YamlSchemas.Node(kind);
                var root = Resolve(schema, schema);
                var value = root["type"]?.GetValue<string>() == "array" ? Example(schema, Resolve(schema, root["items"]!), "/*", Path.GetFileName(file), expected, "") : null;
                var yaml = value is null ? ExampleObject(schema, root, "", Path.GetFileName(file), expected, "") : "- " + value.TrimStart();
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(project, file))!);
                File.WriteAllText(Path.Combine(project, file), yaml);
            }

            var read = YamlFieldLog.Record(() => SourceLoader.Load(project, new DiagnosticBag()));

            Assert.Empty(expected.Except(read).Select(f => "in the schema, not read by the loader: " + f));
            Assert.Empty(read.Except(expected).Order(StringComparer.Ordinal).Select(f => "read by the loader, not in the schema: " + f));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    public static TheoryData<string> SampleYamlFiles()
    {
        var data = new TheoryData<string>();
        var roots = new[] { RepoPaths.Samples, Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Invalid", "_base") };
        foreach (var file in roots.SelectMany(r => Directory.EnumerateFiles(r, "*.yml", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleYamlFiles))]
    public void EverySampleYamlFileIsValidAgainstItsSchema(string file)
    {
        var kind = Path.GetFileNameWithoutExtension(file);
        Assert.Contains(kind, YamlSchemas.All);
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, file))));
        var json = YamlJson.From(stream.Documents[0].RootNode)!;

        Assert.Empty(YamlSchemaCheck.Findings(kind, json, file).Select(f => f.Diagnostic.ToString()));
    }

    [Fact]
    public void TheShippedSchemasAreTheEmbeddedOnes()
    {
        foreach (var kind in YamlSchemas.All)
        {
            var shipped = Path.Combine(AppContext.BaseDirectory, "schemas", "yaml", YamlSchemas.FileName(kind));
            var source = Path.Combine(RepoPaths.Schemas, "yaml", YamlSchemas.FileName(kind));
            Assert.Equal(File.ReadAllText(source), YamlSchemas.Text(kind));
            Assert.True(File.Exists(shipped) || !File.Exists(Path.Combine(AppContext.BaseDirectory, "Edition.Build.dll")), $"{shipped} is not shipped");
        }
    }

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("fonds", "fond")]
    [InlineData("repositry", "repository")]
    [InlineData("xyz", null)]
    public void AMisspeltFieldGetsTheClosestKnownName(string name, string? expected) =>
        Assert.Equal(expected, ClosestName.Among(name, ["title", "fond", "repository", "date"]));

    /// <summary>A YAML value valid for a subschema, noting each field's path as the loader's log names it.</summary>
    private static string Example(JsonNode schema, JsonNode node, string path, string file, ISet<string> fields, string indent)
    {
        var types = node["type"] is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [node["type"]?.GetValue<string>() ?? ""];
        if (node["enum"] is JsonArray values)
        {
            return " " + values[0];
        }

        if (types.Contains("object") && node["properties"] is not null)
        {
            return "\n" + ExampleObject(schema, node, path, file, fields, indent + "  ");
        }

        if (types.Contains("object"))
        {
            return " { en: \"x\" }";
        }

        if (types.Contains("array") && Resolve(schema, node["items"]!) is { } items && items["properties"] is not null)
        {
            return "\n" + indent + "  - " + ExampleObject(schema, items, path + "/*", file, fields, indent + "    ").TrimStart();
        }

        var pattern = node["pattern"]?.GetValue<string>() ?? node["items"]?["$ref"]?.GetValue<string>() ?? "";
        var scalar = pattern switch
        {
            _ when pattern.Contains("https?", StringComparison.Ordinal) => "\"https://example.org/\"",
            _ when pattern.StartsWith("^Q", StringComparison.Ordinal) => "Q1",
            _ when pattern.Contains("\\d{4}", StringComparison.Ordinal) => "\"1900-01-01\"",
            _ when pattern.Contains("[0-9]+$", StringComparison.Ordinal) => "\"1\"",
            _ => "en",
        };
        return types.Contains("array") ? $" [{scalar}]" : " " + scalar;
    }

    private static string ExampleObject(JsonNode schema, JsonNode node, string path, string file, ISet<string> fields, string indent)
    {
        var lines = new List<string>();
        foreach (var (name, sub) in (JsonObject)node["properties"]!)
        {
            fields.Add($"{file}:{path}/{name}");
            lines.Add(indent + name + ":" + Example(schema, Resolve(schema, sub!), $"{path}/{name}", file, fields, indent));
        }

        return string.Join('\n', lines) + "\n";
    }

    private static JsonNode Resolve(JsonNode schema, JsonNode node) =>
        node["$ref"]?.GetValue<string>() is { } r ? r[2..].Split('/').Aggregate(schema, (n, s) => n[s]!) : node;
}
