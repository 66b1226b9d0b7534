using System.Text.Json;
using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Rendering.Templates;

namespace Edition.Rendering.Html;

/// <summary>
/// UI labels of one language from <c>templates/html/labels.json</c> (<c>{"en": {...}, "ru": {...}}</c>; the first
/// language is the site's root tree). A missing label falls back to the first language, then to its key.
/// </summary>
public sealed class Labels
{
    private readonly IReadOnlyDictionary<string, string> _labels;
    private readonly IReadOnlyDictionary<string, string> _fallback;

    private Labels(string lang, IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> fallback)
    {
        Lang = lang;
        _labels = labels;
        _fallback = fallback;
    }

    public string Lang { get; }

    public string Get(string key) => Find(key) ?? key;

    /// <summary>The label, or null when neither this language nor the first defines it.</summary>
    public string? Find(string key) => _labels.GetValueOrDefault(key) ?? _fallback.GetValueOrDefault(key);

    /// <summary>Every UI language of the labels file, in its order.</summary>
    public static IReadOnlyList<Labels> Load(TemplateSet templates, DiagnosticBag diagnostics)
    {
        var path = templates.Find("html/labels.json");
        var all = new List<(string Lang, Dictionary<string, string> Labels)>();
        try
        {
            if (path is not null)
            {
                using var json = JsonDocument.Parse(File.ReadAllText(path));
                foreach (var lang in json.RootElement.EnumerateObject())
                {
                    all.Add((lang.Name, lang.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal)));
                }
            }
        }
        catch (JsonException e)
        {
            diagnostics.Add(RenderingDiagnostics.InvalidLabels.At(SourceSpan.None(path!), e.Message));
        }

        if (all.Count == 0)
        {
            all.Add(("en", new Dictionary<string, string>(StringComparer.Ordinal)));
        }

        return all.Select(a => new Labels(a.Lang, a.Labels, all[0].Labels)).ToList();
    }
}
