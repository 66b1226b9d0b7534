using Edition.Core.Source.Yaml;
using System.Text;
using Edition.Import.Wilson.Names;
using YamlDotNet.RepresentationModel;

namespace Edition.Import.Wilson.Output;

/// <summary>
/// persons.yml or places.yml of the target project. Existing entries are never rewritten: a gazetteer entry
/// whose id, name or alias is already there links to that entry; new ones are appended as text at the end.
/// </summary>
internal sealed class AuthorityFile
{
    private readonly Dictionary<string, string> _idByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private AuthorityFile(string path, string existingText)
    {
        Path = path;
        ExistingText = existingText;
    }

    public string Path { get; }

    /// <summary>The file as it is now ("" when absent).</summary>
    public string ExistingText { get; }

    /// <exception cref="YamlDotNet.Core.YamlException">The file is not valid YAML.</exception>
    public static AuthorityFile Load(string path)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        var file = new AuthorityFile(path, text);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlSequenceNode : null;
        foreach (var item in root?.Children.OfType<YamlMappingNode>() ?? [])
        {
            if (Scalar(item, "id") is not { } id)
            {
                continue;
            }

            file._ids.Add(id);
            var names = new[] { Scalar(item, "name") }
                .Concat(Child(item, "names") is YamlMappingNode m ? m.Children.Values.OfType<YamlScalarNode>().Select(s => s.Value) : [])
                .Concat(Child(item, "aliases") is YamlSequenceNode s ? s.Children.OfType<YamlScalarNode>().Select(a => a.Value) : []);
            foreach (var name in names.OfType<string>())
            {
                file._idByName.TryAdd(name, id);
            }
        }

        return file;
    }

    /// <summary>The id already used for this entity, or null when it must be added.</summary>
    public string? ExistingId(GazetteerEntry entry)
    {
        if (_ids.Contains(entry.Id))
        {
            return entry.Id;
        }

        var names = new[] { entry.Name }.Concat(entry.Names.Values).Concat(entry.Aliases);
        return names.Select(n => _idByName.GetValueOrDefault(n)).FirstOrDefault(id => id is not null);
    }

    public bool HasId(string id) => _ids.Contains(id);

    /// <summary>The file's new text: the existing bytes untouched, the new entries after them.</summary>
    public string Append(IReadOnlyList<GazetteerEntry> entries, string header)
    {
        var sb = new StringBuilder(ExistingText.Length == 0 ? header : ExistingText);
        if (sb.Length > 0 && sb[^1] != '\n')
        {
            sb.Append('\n');
        }

        foreach (var e in entries)
        {
            sb.Append("- id: ").Append(e.Id).Append('\n');
            sb.Append("  name: ").Append(YamlText.Quote(e.Name)).Append('\n');
            if (e.Names.Count > 0)
            {
                sb.Append("  names: { ")
                    .AppendJoin(", ", e.Names.OrderBy(n => n.Key == "en" ? 1 : 0).ThenBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key}: {YamlText.Quote(n.Value)}"))
                    .Append(" }\n");
            }

            if (e.Aliases.Count > 0)
            {
                sb.Append("  aliases: [").AppendJoin(", ", e.Aliases.Select(YamlText.Quote)).Append("]\n");
            }

            Line(sb, "birth", e.Birth);
            Line(sb, "death", e.Death);
            Line(sb, "note", e.Note);
            if (e.Wikidata is not null)
            {
                sb.Append("  wikidata: ").Append(e.Wikidata).Append('\n');
            }

            Line(sb, "viaf", e.Viaf);
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string key, string? value)
    {
        if (value is not null)
        {
            sb.Append("  ").Append(key).Append(": ").Append(YamlText.Quote(value)).Append('\n');
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;
}
