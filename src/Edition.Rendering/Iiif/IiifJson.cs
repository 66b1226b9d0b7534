using System.Text.Json;

namespace Edition.Rendering.Iiif;

/// <summary>The small shapes IIIF Presentation 3 repeats: language maps, label/value pairs, linked resources.</summary>
internal static class IiifJson
{
    public static void Language(Utf8JsonWriter json, string property, string language, string value)
    {
        json.WritePropertyName(property);
        json.WriteStartObject();
        json.WriteStartArray(language);
        json.WriteStringValue(value);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void Pair(Utf8JsonWriter json, string label, string value)
    {
        json.WriteStartObject();
        Language(json, "label", "en", label);
        Language(json, "value", "none", value);
        json.WriteEndObject();
    }

    public static void Links(Utf8JsonWriter json, string property, string id, string type, string format, string label)
    {
        json.WriteStartArray(property);
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("type", type);
        Language(json, "label", "none", label);
        json.WriteString("format", format);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
