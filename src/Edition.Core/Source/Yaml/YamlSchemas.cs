using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Edition.Core.Source.Yaml;

/// <summary>
/// The published schemas of Edition's YAML files (<c>schemas/yaml/NAME.schema.json</c>, JSON Schema 2020-12), the
/// single definition of each format: embedded here for the loader, shipped beside the tool for editors.
/// </summary>
public static class YamlSchemas
{
    public const string Edition = "edition";
    public const string Document = "document";
    public const string Persons = "persons";
    public const string Places = "places";

    public static readonly IReadOnlyList<string> All = [Edition, Document, Persons, Places];

    private static readonly ConcurrentDictionary<string, (JsonSchema Schema, JsonNode Node)> LoadedSchemas = new(StringComparer.Ordinal);

    /// <summary>The schema's file name, as shipped and as <c>edition new</c> names it: <c>document.schema.json</c>.</summary>
    public static string FileName(string kind) => kind + ".schema.json";

    /// <summary>The schema's text as shipped.</summary>
    public static string Text(string kind)
    {
        using var stream = typeof(YamlSchemas).Assembly.GetManifestResourceStream("schemas/yaml/" + FileName(kind))
            ?? throw new InvalidOperationException($"the schema '{kind}' is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static JsonSchema Schema(string kind) => Loaded(kind).Schema;

    /// <summary>The schema as a JSON tree, to read the subschema a finding names (its properties, enum, description).</summary>
    public static JsonNode Node(string kind) => Loaded(kind).Node;

    private static (JsonSchema Schema, JsonNode Node) Loaded(string kind) =>
        LoadedSchemas.GetOrAdd(kind, k =>
        {
            JsonSchemaStartup.Run();
            var text = Text(k);
            // Each schema is built with its own registry: all four share their $defs' names, not their $ids.
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            return (JsonSchema.FromText(text, options), JsonNode.Parse(text)!);
        });
}
