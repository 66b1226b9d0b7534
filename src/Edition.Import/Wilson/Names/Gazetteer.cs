using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Edition.Import.Wilson.Names;

/// <summary>The built-in list of known persons and places (embedded <c>gazetteer.yml</c>), loaded once.</summary>
internal sealed partial class Gazetteer
{
    private static readonly Lazy<Gazetteer> BuiltInLazy = new(LoadBuiltIn);

    private Gazetteer(IReadOnlyList<GazetteerEntry> entries) => Entries = entries;

    public static Gazetteer BuiltIn => BuiltInLazy.Value;

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Every surface form of every entry in one language, longest first (so "Мао Цзэдун" wins over "Мао").</summary>
    public static IReadOnlyList<(string Form, GazetteerEntry Entry)> FormsFor(IEnumerable<GazetteerEntry> entries, string language) =>
        entries.SelectMany(e => (e.Forms.GetValueOrDefault(language) ?? []).SelectMany(Expand).Select(f => (f, e)))
            .SelectMany(x => Capitals(x.f).Select(c => (Form: c, Entry: x.e)))
            .DistinctBy(x => x.Form)
            .OrderByDescending(x => x.Form.Length)
            .ThenBy(x => x.Form, StringComparer.Ordinal)
            .ToList();

    /// <summary>"Сталин(|а|у)" → Сталин, Сталина, Сталину.</summary>
    internal static IEnumerable<string> Expand(string pattern)
    {
        var m = EndingsPattern().Match(pattern);
        return m.Success ? m.Groups["endings"].Value.Split('|').Select(e => m.Groups["stem"].Value + e) : [pattern];
    }

    private static IEnumerable<string> Capitals(string form)
    {
        yield return form;
        var upper = form.ToUpperInvariant();
        if (upper != form)
        {
            yield return upper;
        }
    }

    private static Gazetteer LoadBuiltIn()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Edition.Import.Wilson.gazetteer.yml")
            ?? throw new InvalidOperationException("embedded gazetteer.yml is missing from Edition.Import");
        using var reader = new StreamReader(stream);
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<GazetteerFile>(reader);
        foreach (var p in file.Places)
        {
            p.Kind = "place";
        }

        return new Gazetteer([.. file.Persons, .. file.Places]);
    }

    [GeneratedRegex(@"^(?<stem>[^(]+)\((?<endings>[^)]*)\)$")]
    private static partial Regex EndingsPattern();

    private sealed class GazetteerFile
    {
        public List<GazetteerEntry> Persons { get; set; } = [];

        public List<GazetteerEntry> Places { get; set; } = [];
    }
}
