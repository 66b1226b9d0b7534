using System.Globalization;
using Edition.Core.Diagnostics;
using Edition.Rendering.Localization;
using Edition.Rendering.Templates;

namespace Edition.Rendering.Html;

/// <summary>
/// The interface's labels in one language, from <c>templates/html/labels/&lt;lang&gt;.json</c> (an edition's file of
/// that language overriding the theme's key by key). A missing label falls back to English (else the first
/// language), then to its key; a label stating a count has a form per CLDR plural category of the language.
/// </summary>
public sealed class Labels
{
    private readonly IReadOnlyDictionary<string, LabelText> _labels;
    private readonly IReadOnlyDictionary<string, LabelText> _fallback;

    private Labels(string lang, IReadOnlyDictionary<string, LabelText> labels, IReadOnlyDictionary<string, LabelText> fallback)
    {
        Lang = lang;
        _labels = labels;
        _fallback = fallback;
        Plurals = PluralRules.For(lang);
    }

    public string Lang { get; }

    /// <summary>The conventions dates are written by: the edition's (its own files laid over the shipped), once <see cref="With"/> gives them.</summary>
    public Core.Conventions.ConventionCatalog Conventions { get; private init; } = Core.Conventions.ConventionCatalog.Shipped;

    /// <summary>The same labels, dates written by <paramref name="conventions"/>.</summary>
    public Labels With(Core.Conventions.ConventionCatalog conventions) => new(Lang, _labels, _fallback) { Conventions = conventions };

    /// <summary>An ISO date as this language writes it, by the edition's convention of that name where there is one.</summary>
    public string? Date(string? iso) => DateText.Format(iso, Lang, Conventions);

    /// <summary>"rtl" for a language written right to left, else "ltr".</summary>
    public string Dir => TextDirection.IsRightToLeft(Lang) ? "rtl" : "ltr";

    /// <summary>The language's CLDR plural rule.</summary>
    public PluralRule Plurals { get; }

    /// <summary>The language's name in itself: its <c>language_name</c> label, else the culture data's.</summary>
    public string Name => _labels.GetValueOrDefault("language_name")?.Text ?? InterfaceLanguageNames.Native(Lang);

    public string Get(string key) => Find(key) ?? key;

    /// <summary>The label (a plural label's <c>other</c> form), or null when neither this language nor the fallback defines it.</summary>
    public string? Find(string key) => Label(key)?.Text;

    /// <summary>
    /// The form of a plural label for a count, its <c>{0}</c>, <c>{1}</c>… filled with the values (none given: the
    /// count): <c>Plural("documents_shown", 21, 3, 21)</c> is "3 of 21 documents".
    /// </summary>
    public string Plural(string key, long count, params object?[] values) =>
        Label(key) is { } label ? Fill(label.Form(Plurals.Select(count)), values.Length > 0 ? values : [count]) : key;

    /// <summary>A plural label's forms by category (a plain label: its text as <c>other</c>).</summary>
    public IReadOnlyDictionary<string, string> PluralForms(string key) =>
        Label(key) switch
        {
            { Forms: { } forms } => forms,
            { } label => new Dictionary<string, string> { ["other"] = label.Text },
            null => new Dictionary<string, string> { ["other"] = key },
        };

    /// <summary>A label with its <c>{0}</c>, <c>{1}</c>… filled in.</summary>
    public string Format(string key, params object?[] args) => Fill(Get(key), args);

    /// <summary>In one pass, so a value holding "{1}" (a name, a title) is not filled in its turn.</summary>
    private static string Fill(string text, object?[] values) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\{(\d{1,2})\}", m =>
            int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var i && i < values.Length ? Convert.ToString(values[i], CultureInfo.InvariantCulture) ?? "" : m.Value);

    /// <summary>Languages named in this language as running text: "Russian or English", "Russisch, Englisch oder Französisch".</summary>
    public string Alternatives(IEnumerable<string> tags)
    {
        var names = tags.Select(t => InterfaceLanguageNames.InRunningText(t, this)).ToList();
        return names.Count < 2 ? string.Concat(names) : string.Join(Get("list_separator"), names.Take(names.Count - 1)) + Get("list_or") + names[^1];
    }

    /// <summary>The language's words for a holding's levels and locators (<c>holding_fond</c>… <c>holding_pages</c>), keyed as a convention's labels are.</summary>
    public IReadOnlyDictionary<string, string> HoldingWords() =>
        HoldingLevels.Where(k => Find("holding_" + k) is not null).ToDictionary(k => k, k => Find("holding_" + k)!, StringComparer.Ordinal);

    private static readonly string[] HoldingLevels = ["fond", "opis", "papka", "delo", "folio", "folios", "page", "pages"];

    private LabelText? Label(string key) => _labels.GetValueOrDefault(key) ?? _fallback.GetValueOrDefault(key);

    /// <summary>Every UI language with a labels file: English first, then by tag.</summary>
    public static IReadOnlyList<Labels> Load(TemplateSet templates, DiagnosticBag diagnostics)
    {
        var all = LabelFiles.Load(templates, diagnostics).ToList();
        if (all.Count == 0)
        {
            all.Add(("en", new Dictionary<string, LabelText>(StringComparer.Ordinal)));
        }

        return all.Select(a => new Labels(a.Lang, a.Labels, all[0].Labels)).ToList();
    }
}
