using System.Text.Json;
using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Rendering.Templates;

namespace Edition.Rendering.Localization;

/// <summary>
/// Reads the interface's labels, one file per language (<c>templates/html/labels/&lt;lang&gt;.json</c>): the
/// theme's file, then the edition's file of that language over it, key by key. A label is a string, or an object
/// of plural forms by CLDR category.
/// </summary>
internal static class LabelFiles
{
    public const string Folder = "html/labels";

    /// <summary>Every language with a labels file, each with its labels; English first, then by tag.</summary>
    public static IReadOnlyList<(string Lang, Dictionary<string, LabelText> Labels)> Load(TemplateSet templates, DiagnosticBag diagnostics)
    {
        var languages = templates.Assets(Folder).Select(a => a.Relative).Where(r => r.EndsWith(".json", StringComparison.Ordinal) && !r.Contains('/'))
            .Select(r => r[..^".json".Length]).OrderBy(l => l == "en" ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal).ToList();
        return languages.Select(lang => (lang, Layered(templates, lang, diagnostics))).ToList();
    }

    private static Dictionary<string, LabelText> Layered(TemplateSet templates, string lang, DiagnosticBag diagnostics)
    {
        var labels = new Dictionary<string, LabelText>(StringComparer.Ordinal);
        foreach (var path in templates.FindEach($"{Folder}/{lang}.json"))
        {
            foreach (var (key, text) in Read(path, lang, diagnostics))
            {
                labels[key] = text;
            }
        }

        return labels;
    }

    private static IEnumerable<(string Key, LabelText Text)> Read(string path, string lang, DiagnosticBag diagnostics)
    {
        var found = new List<(string, LabelText)>();
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(RenderingDiagnostics.WrongLabel.At(SourceSpan.None(path), "(the file)", "an object of labels"));
                return found;
            }

            foreach (var label in json.RootElement.EnumerateObject())
            {
                if (Text(label, lang, path, diagnostics) is { } text)
                {
                    found.Add((label.Name, text));
                }
            }
        }
        catch (JsonException e)
        {
            diagnostics.Add(RenderingDiagnostics.InvalidLabels.At(SourceSpan.None(path), e.Message));
        }

        return found;
    }

    private static LabelText? Text(JsonProperty label, string lang, string path, DiagnosticBag diagnostics)
    {
        if (label.Value.ValueKind == JsonValueKind.String)
        {
            return new LabelText(label.Value.GetString()!);
        }

        var rule = PluralRules.For(lang);
        if (label.Value.ValueKind != JsonValueKind.Object || label.Value.EnumerateObject().Any(f => f.Value.ValueKind != JsonValueKind.String || !rule.Categories.Contains(f.Name)))
        {
            diagnostics.Add(RenderingDiagnostics.WrongLabel.At(SourceSpan.None(path), label.Name, $"a text, or an object of texts by the plural categories of '{lang}' ({string.Join(", ", rule.Categories)})"));
            return null;
        }

        var forms = label.Value.EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetString()!, StringComparer.Ordinal);
        if (rule.Categories.Where(c => !forms.ContainsKey(c)).ToList() is { Count: > 0 } missing)
        {
            diagnostics.Add(RenderingDiagnostics.MissingPluralForm.At(SourceSpan.None(path), label.Name, string.Join(", ", missing), lang));
        }

        return new LabelText(forms.GetValueOrDefault("other") ?? forms.Values.FirstOrDefault() ?? "", forms);
    }
}
