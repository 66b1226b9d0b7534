using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Edition.Core.Source.Yaml;

/// <summary>
/// A YAML file as the JSON a schema checks, with the YAML node each JSON pointer came from, so a schema's finding
/// is reported at the author's line. Scalars are text as the loader reads them (YAML's null stays null); the
/// editor's YAML language server sees numbers and booleans, which the schemas accept wherever text is.
/// </summary>
public sealed class YamlJson
{
    /// <summary>Nodes converted at most: aliases may repeat a subtree many times over (a "billion laughs" file).</summary>
    public const int MaxNodes = 200_000;

    private const int MaxDepth = 200;
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlNode> _keys = new(StringComparer.Ordinal);
    private int _count;

    private YamlJson()
    {
    }

    public JsonElement Root { get; private set; }

    /// <summary>The value's node at a JSON pointer (<c>/archives/0/fond</c>), or the nearest enclosing one.</summary>
    public YamlNode? ValueAt(string pointer) => Nearest(_values, pointer);

    /// <summary>The key's node of the field at a pointer (where an unknown field is reported), else its value's.</summary>
    public YamlNode? KeyAt(string pointer) => _keys.TryGetValue(pointer, out var key) ? key : ValueAt(pointer);

    /// <summary>The pointers of the values whose node matches, e.g. the nodes at which the loader reported.</summary>
    public HashSet<string> PointersWhere(Func<YamlNode, bool> match) =>
        _values.Where(v => match(v.Value)).Select(v => v.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The file as JSON, or null when it is too large or too deep to check (aliases repeated past the bound).</summary>
    public static YamlJson? From(YamlNode root)
    {
        var result = new YamlJson();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (!result.Write(writer, root, "", 0))
            {
                return null;
            }
        }

        using var document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth + 8 });
        result.Root = document.RootElement.Clone();
        return result;
    }

    private bool Write(Utf8JsonWriter writer, YamlNode node, string pointer, int depth)
    {
        if (++_count > MaxNodes || depth > MaxDepth)
        {
            return false;
        }

        _values.TryAdd(pointer, node);
        return node switch
        {
            YamlMappingNode map => WriteMap(writer, map, pointer, depth),
            YamlSequenceNode seq => WriteList(writer, seq, pointer, depth),
            YamlScalarNode scalar => WriteScalar(writer, scalar),
            _ => WriteNull(writer),
        };
    }

    private bool WriteMap(Utf8JsonWriter writer, YamlMappingNode map, string pointer, int depth)
    {
        writer.WriteStartObject();
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            // A key that is not plain text (a list or mapping as key) has no field name a schema could know.
            var name = key is YamlScalarNode k ? k.Value ?? "" : key.ToString();
            if (!written.Add(name))
            {
                continue;
            }

            var child = pointer + "/" + Escape(name);
            _keys.TryAdd(child, key);
            writer.WritePropertyName(name);
            if (!Write(writer, value, child, depth + 1))
            {
                return false;
            }
        }

        writer.WriteEndObject();
        return true;
    }

    private bool WriteList(Utf8JsonWriter writer, YamlSequenceNode seq, string pointer, int depth)
    {
        writer.WriteStartArray();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (!Write(writer, seq.Children[i], pointer + "/" + i, depth + 1))
            {
                return false;
            }
        }

        writer.WriteEndArray();
        return true;
    }

    private static bool WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        if (YamlMap.IsNull(scalar) || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is ""))
        {
            return WriteNull(writer);
        }

        writer.WriteStringValue(scalar.Value ?? "");
        return true;
    }

    private static bool WriteNull(Utf8JsonWriter writer)
    {
        writer.WriteNullValue();
        return true;
    }

    private static YamlNode? Nearest(Dictionary<string, YamlNode> nodes, string pointer)
    {
        while (true)
        {
            if (nodes.TryGetValue(pointer, out var node))
            {
                return node;
            }

            if (pointer.Length == 0)
            {
                return null;
            }

            pointer = pointer[..pointer.LastIndexOf('/')];
        }
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
