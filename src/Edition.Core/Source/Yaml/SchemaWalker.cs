using System.Text.Json.Nodes;

namespace Edition.Core.Source.Yaml;

/// <summary>
/// The subschema that governs the value at a JSON pointer, found by walking the schema's <c>properties</c>, <c>items</c>
/// and local <c>$ref</c>s (the only ways Edition's schemas nest); the evaluator's own schema locations are not relied on.
/// </summary>
internal static class SchemaWalker
{
    public static JsonNode? At(JsonNode schema, string pointer)
    {
        var node = Resolve(schema, schema);
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node?["properties"]?[name] ?? (int.TryParse(name, out _) ? node?["items"] : null) ?? (node?["additionalProperties"] as JsonObject);
            node = node is null ? null : Resolve(schema, node);
        }

        return node;
    }

    private static JsonNode Resolve(JsonNode schema, JsonNode node)
    {
        for (var hops = 0; hops < 16 && node["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/", StringComparison.Ordinal); hops++)
        {
            var target = reference[2..].Split('/').Aggregate((JsonNode?)schema, (n, s) => n?[s]);
            if (target is null)
            {
                break;
            }

            node = target;
        }

        return node;
    }
}
