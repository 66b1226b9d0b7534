using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Core.Source.Yaml;
using YamlDotNet.RepresentationModel;

namespace Edition.Core.Source;

/// <summary>Reads <c>persons.yml</c> and <c>places.yml</c>: lists of entries with unique ids.</summary>
internal static class AuthorityListLoader
{
    public static List<Person> LoadPersons(string path, List<Diagnostic> diagnostics) =>
        LoadEntries(path, YamlSchemas.Persons, diagnostics, (map, id, name) =>
        {
            var person = new Person
            {
                Id = id,
                Name = name,
                Names = map.StringMap("names"),
                Aliases = map.StringList("aliases"),
                Sort = map.String("sort"),
                Birth = map.Date("birth"),
                Death = map.Date("death"),
                Note = map.String("note"),
                Wikidata = map.String("wikidata"),
                Viaf = map.String("viaf"),
                Span = map.Span,
            };
            return person;
        });

    public static List<Place> LoadPlaces(string path, List<Diagnostic> diagnostics) =>
        LoadEntries(path, YamlSchemas.Places, diagnostics, (map, id, name) => new Place
        {
            Id = id,
            Name = name,
            Names = map.StringMap("names"),
            Note = map.String("note"),
            Wikidata = map.String("wikidata"),
            Geonames = map.String("geonames"),
            Span = map.Span,
        });

    private static List<T> LoadEntries<T>(string path, string kind, List<Diagnostic> diagnostics, Func<YamlMap, string, string, T> read)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var display = SourcePaths.Display(path);
        var found = new List<Diagnostic>();
        var root = YamlFile.Load(path, display, found);
        var entries = ReadEntries(root, display, found, read);
        diagnostics.AddRange(YamlSchemaCheck.Merge(kind, root, display, found));
        return entries;
    }

    private static List<T> ReadEntries<T>(YamlNode? root, string display, List<Diagnostic> diagnostics, Func<YamlMap, string, string, T> read)
    {
        var result = new List<T>();
        if (root is null)
        {
            return result;
        }

        if (root is not YamlSequenceNode list)
        {
            diagnostics.Add(SourceDiagnostics.WrongShape.At(YamlFile.SpanOf(root, display), "an authority list must be a list of entries, each starting with '- id: …'"));
            return result;
        }

        var seen = new Dictionary<string, Text.SourceSpan>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            var map = YamlMap.From(node, display, diagnostics, "each entry", "/*");
            var id = map?.String("id", required: true);
            var name = map?.String("name", required: true);
            if (map is null || string.IsNullOrEmpty(id) || name is null)
            {
                continue;
            }

            if (!System.Xml.XmlConvert.IsNCNameChar(id[0]) || !char.IsLetter(id[0]) || id.Any(c => !System.Xml.XmlConvert.IsNCNameChar(c)))
            {
                diagnostics.Add(SourceDiagnostics.BadAuthorityId.At(map.SpanOf("id"), $"id '{id}' must start with a letter and hold only letters, digits, '-', '_' or '.'"));
            }

            if (seen.TryGetValue(id, out var first))
            {
                diagnostics.Add(SourceDiagnostics.BadAuthorityId.At(map.SpanOf("id"), $"duplicate id '{id}' (first defined at line {first.Line})"));
                continue;
            }

            seen[id] = map.SpanOf("id");
            result.Add(read(map, id, name));
        }

        return result;
    }
}
