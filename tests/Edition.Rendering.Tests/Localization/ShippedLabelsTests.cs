using System.Text.Json;
using Edition.Core.Diagnostics;
using Edition.Rendering.Html;
using Edition.Rendering.Localization;
using Edition.Rendering.Templates;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Localization;

/// <summary>
/// The theme's labels: one file per language, each with every key English has, each plural label with every CLDR
/// category its language needs; an edition's file overrides them key by key.
/// </summary>
public sealed class ShippedLabelsTests : IDisposable
{
    private static readonly string[] ShippedLanguages = ["ar", "de", "en", "es", "fr", "he", "it", "ru", "zh"];

    private readonly string _project = Directory.CreateTempSubdirectory("edition-labels-").FullName;

    public void Dispose() => Directory.Delete(_project, recursive: true);

    private static string LabelsFolder => Path.Combine(RepoPaths.Templates, "html", "labels");

    private static JsonElement Read(string lang) => JsonDocument.Parse(File.ReadAllText(Path.Combine(LabelsFolder, lang + ".json"))).RootElement;

    [Fact]
    public void TheThemeShipsItsLanguagesAndLoadsWithoutFindings()
    {
        Assert.Equal(ShippedLanguages, Directory.GetFiles(LabelsFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(Path.Combine(RepoPaths.Templates, "html", "labels.json")), "labels.json is split into labels/<lang>.json");
        var bag = new DiagnosticBag();
        var loaded = Labels.Load(new TemplateSet(null, RepoPaths.Templates), bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal("en", loaded[0].Lang);
    }

    [Fact]
    public void EveryLanguageHasEveryKeyAndEveryPluralCategory()
    {
        var keys = Read("en").EnumerateObject().Select(p => p.Name).ToList();
        var problems = new List<string>();
        foreach (var lang in ShippedLanguages)
        {
            var labels = Read(lang);
            var own = labels.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(keys.Where(k => !own.Contains(k)).Select(k => $"{lang}: no '{k}'"));
            problems.AddRange(own.Where(k => !keys.Contains(k)).Select(k => $"{lang}: '{k}' is not in en.json"));
            foreach (var plural in labels.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
            {
                var forms = plural.Value.EnumerateObject().Select(f => f.Name).ToList();
                Assert.True(PluralRules.Knows(lang), $"no plural rules for {lang}");
                problems.AddRange(PluralRules.For(lang).Categories.Where(c => !forms.Contains(c)).Select(c => $"{lang}: '{plural.Name}' has no '{c}' form"));
                problems.AddRange(forms.Where(f => !PluralRules.For(lang).Categories.Contains(f)).Select(f => $"{lang}: '{plural.Name}' has a '{f}' form its language does not use"));
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void AnEditionsFileOverridesKeyByKeyAndMayAddALanguage()
    {
        Write("de.json", "{ \"apparatus\": \"Lesarten\" }");
        Write("pl.json", "{ \"language_name\": \"Polski\", \"search\": \"Szukaj\" }");
        var all = Labels.Load(new TemplateSet(_project, RepoPaths.Templates), new DiagnosticBag());
        var de = all.Single(l => l.Lang == "de");
        Assert.Equal("Lesarten", de.Get("apparatus"));
        Assert.Equal("Textzeugen", de.Get("witnesses"));
        var pl = all.Single(l => l.Lang == "pl");
        Assert.Equal(("Polski", "Szukaj", "Notes"), (pl.Name, pl.Get("search"), pl.Get("notes")));
    }

    [Fact]
    public void APluralLabelLackingACategoryIsReported()
    {
        var file = Write("ru.json", "{ \"result_count\": { \"one\": \"{0} результат\", \"other\": \"{0} результата\" } }");
        var bag = new DiagnosticBag();
        var ru = Labels.Load(new TemplateSet(_project, RepoPaths.Templates), bag).Single(l => l.Lang == "ru");
        var warning = Assert.Single(bag.Sorted());
        Assert.Equal((RenderingDiagnostics.MissingPluralForm.Id, file), (warning.Code, warning.Span.File));
        Assert.Equal("the label 'result_count' has no form for the plural categories few, many of 'ru': counts of those categories take its 'other' form", warning.Message);
        Assert.Equal("5 результата", ru.Plural("result_count", 5));
    }

    [Fact]
    public void ALabelOfTheWrongShapeIsReported()
    {
        var file = Write("en.json", "{ \"search\": 3, \"result_count\": { \"several\": \"{0} results\" } }");
        var bag = new DiagnosticBag();
        var en = Labels.Load(new TemplateSet(_project, RepoPaths.Templates), bag).Single(l => l.Lang == "en");
        Assert.Equal([RenderingDiagnostics.WrongLabel.Id, RenderingDiagnostics.WrongLabel.Id], bag.Sorted().Select(d => d.Code));
        Assert.All(bag.Sorted(), d => Assert.Equal(file, d.Span.File));
        Assert.Contains("the label 'search' must be a text, or an object of texts by the plural categories of 'en' (one, other)", bag.Sorted().Select(d => d.Message));
        Assert.Equal("Search", en.Get("search"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_project, "templates", "html", "labels", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
