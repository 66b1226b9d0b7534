using Edition.Core.Source.Yaml;

namespace Edition.Build.Scaffold;

/// <summary>
/// <c>edition new</c>: a minimal edition that builds as it is: one invented example document with an
/// original and a translation, to be replaced by the editor's own.
/// </summary>
public static class EditionScaffold
{
    /// <summary>Creates the project folder; returns the files written, or an error message.</summary>
    public static (IReadOnlyList<string> Files, string? Error) Create(string folder, string? title = null)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return ([], $"'{folder}' already exists and is not empty");
        }

        var id = Core.Source.SourcePaths.DocumentId(Path.GetFileName(Path.GetFullPath(folder)).ToLowerInvariant());
        var files = new Dictionary<string, string>
        {
            ["edition.yml"] = $"""
                id: {id}
                title: {YamlText.Quote(title ?? "A new edition")}
                editors:
                  - id: editor
                    name: "Your Name"
                    role: "editor"
                publisher: "Your Name"
                licence:
                  name: "CC BY 4.0"
                  url: "https://creativecommons.org/licenses/by/4.0/"
                languages: [de, en]
                introduction: introduction.md

                """,
            ["introduction.md"] = "An introduction to the edition. The example document is invented: replace it with your own.\n",
            ["persons.yml"] = """
                - id: example-person
                  name: "Example Person"
                  note: "An invented person, for the example document."

                """,
            ["places.yml"] = """
                - id: berlin
                  name: "Berlin"
                  names: { de: "Berlin", en: "Berlin" }
                  wikidata: Q64

                """,
            [Path.Combine("documents", "example", "document.yml")] = """
                title: "An example letter (invented)"
                date: 1900-01-01
                type: letter
                type_label: "Letter"
                sender:
                  person: example-person
                  place: berlin
                summary: "An invented letter showing the source format."
                language: de
                translation:
                  language: en
                  credit: "Your Name"

                """,
            [Path.Combine("documents", "example", "original.de.md")] = """
                {head #title} Ein Brief

                {#p1} Aus {place berlin: Berlin} schreibt {person example-person: der Absender}.{note: An editorial note.}

                """,
            [Path.Combine("documents", "example", "translation.en.md")] = """
                {head #title} A letter

                {#p1} From {place berlin: Berlin} writes {person example-person: the sender}.

                """,
        };

        foreach (var kind in YamlSchemas.All)
        {
            files[SchemaPath(kind)] = YamlSchemas.Text(kind);
        }

        var written = new List<string>();
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, WithSchemaLine(relative, text));
            written.Add(path);
        }

        return (written, null);
    }

    /// <summary>Where the project keeps a copy of a YAML schema, for editors (the build checks against its own).</summary>
    public static string SchemaPath(string kind) => Path.Combine("schemas", "yaml", YamlSchemas.FileName(kind));

    /// <summary>
    /// A YAML file's first line names its schema, relative to the file, so an editor with a YAML language server
    /// checks and completes it as the build will; the copy in the project keeps the line valid wherever it moves.
    /// </summary>
    private static string WithSchemaLine(string relative, string text)
    {
        if (!relative.EndsWith(".yml", StringComparison.Ordinal))
        {
            return text;
        }

        var kind = Path.GetFileNameWithoutExtension(relative);
        var schema = Path.GetRelativePath(Path.GetDirectoryName(relative) is { Length: > 0 } d ? d : ".", SchemaPath(kind)).Replace('\\', '/');
        return $"# yaml-language-server: $schema={schema}\n" + text;
    }
}
