using YamlDotNet.RepresentationModel;

namespace Edition.Import.Tests.Wilson;

/// <summary>Reads YAML into plain values for assertions: "archive.fond" style paths.</summary>
internal static class YamlMap
{
    public static YamlNode Root(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode;
    }

    public static string? Get(YamlNode node, string path)
    {
        foreach (var part in path.Split('.'))
        {
            node = int.TryParse(part, out var i)
                ? ((YamlSequenceNode)node).Children[i]
                : ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(part), out var child) ? child : null!;
            if (node is null)
            {
                return null;
            }
        }

        return (node as YamlScalarNode)?.Value;
    }

    /// <summary>Every scalar under the node as "path = value", sorted: a structural fingerprint for comparisons.</summary>
    public static SortedDictionary<string, string> Flatten(YamlNode node)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(node, "", result);
        return result;
    }

    private static void Walk(YamlNode node, string path, SortedDictionary<string, string> result)
    {
        switch (node)
        {
            case YamlScalarNode s:
                result[path] = s.Value ?? "";
                break;
            case YamlMappingNode m:
                foreach (var (k, v) in m.Children)
                {
                    Walk(v, path.Length == 0 ? ((YamlScalarNode)k).Value! : $"{path}.{((YamlScalarNode)k).Value}", result);
                }

                break;
            case YamlSequenceNode q:
                for (var i = 0; i < q.Children.Count; i++)
                {
                    Walk(q.Children[i], $"{path}.{i}", result);
                }

                break;
        }
    }
}
