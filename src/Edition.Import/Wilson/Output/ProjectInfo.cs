using YamlDotNet.RepresentationModel;

namespace Edition.Import.Wilson.Output;

/// <summary>What the importer needs from edition.yml: the first editor (for the revision entry) and the licence (for rights).</summary>
internal sealed record ProjectInfo(string Directory, string? EditorId, string? Licence)
{
    public const string FileName = "edition.yml";

    /// <exception cref="YamlDotNet.Core.YamlException">edition.yml is not valid YAML.</exception>
    public static ProjectInfo Load(string directory)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(System.IO.Path.Combine(directory, FileName))));
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        string? editor = null, licence = null;
        if (root?.Children.TryGetValue(new YamlScalarNode("editors"), out var editors) == true
            && editors is YamlSequenceNode { Children.Count: > 0 } list
            && list.Children[0] is YamlMappingNode first
            && first.Children.TryGetValue(new YamlScalarNode("id"), out var id))
        {
            editor = (id as YamlScalarNode)?.Value;
        }

        if (root?.Children.TryGetValue(new YamlScalarNode("licence"), out var lic) == true && lic is YamlMappingNode licMap
            && licMap.Children.TryGetValue(new YamlScalarNode("name"), out var name))
        {
            licence = (name as YamlScalarNode)?.Value;
        }

        return new ProjectInfo(directory, editor, licence);
    }
}
