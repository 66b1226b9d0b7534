using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Edition.Core.Caching;

/// <summary>A cache entry as JSON (its type's metadata generated at compile time); a damaged entry reads as a miss.</summary>
public static class JsonEntry
{
    public static byte[] Write<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    public static T? Read<T>(byte[] bytes, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
