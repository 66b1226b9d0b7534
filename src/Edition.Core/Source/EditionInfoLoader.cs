using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Core.Source.Yaml;
using Edition.Core.Text;

namespace Edition.Core.Source;

/// <summary>Reads <c>edition.yml</c>, with the introduction and principles Markdown files it names.</summary>
internal static class EditionInfoLoader
{
    public static EditionInfo? Load(string root, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(root, "edition.yml");
        var display = SourcePaths.Display(path);
        var found = new List<Diagnostic>();
        var node = YamlFile.Load(path, display, found);
        var info = Read(root, YamlMap.From(node, display, found, "edition.yml"), found);
        diagnostics.AddRange(YamlSchemaCheck.Merge(YamlSchemas.Edition, node, display, found));
        return info;
    }

    private static EditionInfo? Read(string root, YamlMap? map, List<Diagnostic> diagnostics)
    {
        if (map is null)
        {
            return null;
        }

        var id = map.String("id") ?? SourcePaths.DocumentId(Path.GetFileName(Path.GetFullPath(root)));
        var title = map.String("title", required: true);
        var validation = ValidationPolicyNames.Parse(map.String("validation") ?? "error");
        if (validation is null)
        {
            diagnostics.Add(SourceDiagnostics.WrongShape.At(map.SpanOf("validation"), $"'validation' must be one of: {string.Join(", ", ValidationPolicyNames.All)}"));
        }

        var licenceMap = map.Map("licence");
        var info = new EditionInfo
        {
            Id = id,
            Title = title ?? "",
            Subtitle = map.String("subtitle"),
            Editors = map.MapList("editors").Select(ReadEditor).OfType<Editor>().ToList(),
            Publisher = map.String("publisher"),
            Licence = licenceMap is null ? null : new Licence(licenceMap.String("name", required: true) ?? "", licenceMap.String("url")),
            Languages = map.StringList("languages"),
            UiLanguages = map.StringList("ui_languages") is { Count: > 0 } ui ? ui : null,
            UiLanguagesSpan = map.SpanOf("ui_languages"),
            BaseUrl = map.String("base_url"),
            Introduction = ReadText(root, map, "introduction", diagnostics),
            Principles = ReadText(root, map, "principles", diagnostics),
            Schematron = map.StringList("schematron"),
            Schema = map.String("schema"),
            DateAttributes = map.StringList("date_attributes").Select(a => a.TrimStart('@')).ToList(),
            Validation = validation ?? ValidationPolicy.Error,
            PrintTexts = ReadPrintTexts(map.Map("print"), diagnostics),
            PrintFacsimiles = ReadPrintFacsimiles(map.Map("print"), diagnostics),
            Convention = map.String("convention"),
            ConventionSpan = map.SpanOf("convention"),
        };
        return info;
    }

    private static PrintTexts ReadPrintTexts(YamlMap? print, List<Diagnostic> diagnostics)
    {
        var texts = print?.String("texts");
        if (texts is null)
        {
            return PrintTexts.Facing;
        }

        if (Enum.TryParse<PrintTexts>(texts, ignoreCase: true, out var layout) && texts.All(char.IsAsciiLetterLower))
        {
            return layout;
        }

        diagnostics.Add(SourceDiagnostics.UnknownPrintTexts.At(print!.SpanOf("texts"), texts));
        return PrintTexts.Facing;
    }

    private static PrintFacsimiles ReadPrintFacsimiles(YamlMap? print, List<Diagnostic> diagnostics)
    {
        var facsimiles = print?.String("facsimiles");
        if (facsimiles is null)
        {
            return PrintFacsimiles.None;
        }

        if (Enum.TryParse<PrintFacsimiles>(facsimiles, ignoreCase: true, out var choice) && facsimiles.All(char.IsAsciiLetterLower))
        {
            return choice;
        }

        diagnostics.Add(SourceDiagnostics.UnknownPrintFacsimiles.At(print!.SpanOf("facsimiles"), facsimiles));
        return PrintFacsimiles.None;
    }

    private static Editor? ReadEditor(YamlMap map)
    {
        var name = map.String("name", required: true);
        var id = map.String("id") ?? SourcePaths.DocumentId((name ?? "editor").ToLowerInvariant().Replace(' ', '-'));
        var role = map.String("role") ?? "editor";
        return name is null ? null : new Editor(id, name, role);
    }

    private static string? ReadText(string root, YamlMap map, string key, List<Diagnostic> diagnostics)
    {
        var file = map.String(key);
        if (file is null)
        {
            return null;
        }

        var path = Path.Combine(root, file);
        if (!File.Exists(path))
        {
            diagnostics.Add(SourceDiagnostics.MissingFile.At(map.SpanOf(key), $"file '{file}' named by '{key}' does not exist"));
            return null;
        }

        if (!ProjectContainment.IsInside(root, path))
        {
            diagnostics.Add(SourceDiagnostics.IntroductionOutsideProject.At(map.SpanOf(key), file, key));
            return null;
        }

        if (SpecialFiles.Describe(path) is { } kind)
        {
            // Said at the line that names it (the file as the second place), and never opened.
            diagnostics.Add(SourceDiagnostics.NotARegularFile.AtBoth(map.SpanOf(key), new SourceSpan(SourcePaths.Display(path), 1, 1), file, kind));
            return null;
        }

        return SourceText.Read(path, SourcePaths.Display(path), diagnostics);
    }
}
