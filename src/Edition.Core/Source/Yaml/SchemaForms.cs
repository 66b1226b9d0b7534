using System.Text.Json.Nodes;

namespace Edition.Core.Source.Yaml;

/// <summary>What a schema's keyword asks of a value, said as the form an author writes ("a list of entries…").</summary>
internal static class SchemaForms
{
    public static string Expected(string keyword, JsonNode? subschema, string? value, string fallback) => keyword switch
    {
        "type" => Shape(subschema?["type"]),
        "enum" => "one of: " + string.Join(", ", (subschema?["enum"] as JsonArray ?? []).Select(v => v?.ToString())),
        "pattern" => $"{subschema?["description"]?.GetValue<string>() ?? "of the form " + subschema?["pattern"]}, not '{value}'",
        _ => fallback,
    };

    private static string Shape(JsonNode? type)
    {
        var types = type is JsonArray list ? list.Select(t => t?.GetValue<string>()).ToHashSet() : [type?.GetValue<string>()];
        return types.Contains("object") ? "a mapping of 'field: value' lines"
            : types.Contains("array") && types.Contains("string") ? "a value or a list of values"
            : types.Contains("array") ? "a list of entries starting with '- '"
            : "a single value, not a list or mapping";
    }
}
