using System.Text;
using Edition.TestSupport;

namespace Edition.Import.Tests.Wilson;

/// <summary>
/// The import against the hand-made sample of the same telegram. Every difference is listed here as an
/// editorial addition the export cannot supply; once those are taken out of the sample, the texts must match
/// byte for byte.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class SampleComparisonTests(SeedImport seed) : IClassFixture<SeedImport>
{
    /// <summary>Editorial judgement in the sample: abbreviation expansions, sic/corr, garbled-text and notes, the
    /// witness reading in p5, and the closing statement of what the translation leaves out.</summary>
    private static readonly string[] EditorialDirectives = ["abbr", "sic", "unclear", "note", "app"];

    [SkippableFact]
    public void OriginalDiffersOnlyByEditorialMarkup()
    {
        var sample = File.ReadAllText(Path.Combine(RepoPaths.Sample, "documents", "1951-06-21", "original.ru.md"));
        Assert.Equal(WithoutEditorialMarkup(sample), seed.Original);
    }

    [SkippableFact]
    public void TranslationDiffersOnlyByEditorialMarkup()
    {
        var sample = File.ReadAllText(Path.Combine(RepoPaths.Sample, "documents", "1951-06-21", "translation.en.md"));
        var expected = WithoutEditorialMarkup(sample).Replace("\n\n{gap reason=untranslated}\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, seed.Translation);
    }

    [SkippableFact]
    public void DocumentMetadataDiffersOnlyWhereTheExportIsSilent()
    {
        var sample = YamlMap.Flatten(YamlMap.Root(File.ReadAllText(Path.Combine(RepoPaths.Sample, "documents", "1951-06-21", "document.yml"))));
        var imported = YamlMap.Flatten(YamlMap.Root(seed.DocumentYml));
        // physical: the leaves and the printed form are seen on the scan, not in the text export.
        Assert.Contains("physical", sample.Keys);
        Assert.DoesNotContain("physical", imported.Keys);
        // revisions: the sample records the editor's check; the import records itself.
        Assert.StartsWith("Imported from the Wilson Center Digital Archive export", imported["revisions.0.what"], StringComparison.Ordinal);
        foreach (var key in sample.Keys.Where(k => k != "physical" && k != "revisions.0.what"))
        {
            Assert.True(imported.TryGetValue(key, out var value), $"missing {key}");
            Assert.True(sample[key] == value, $"{key}: sample '{sample[key]}', import '{value}'");
        }

        Assert.Empty(imported.Keys.Except(sample.Keys).Except(["revisions.0.what"]));
    }

    [SkippableFact]
    public void AuthorityEntriesMatchExceptTheirNotesAndSortKeys()
    {
        foreach (var file in new[] { "persons.yml", "places.yml" })
        {
            var sample = Entries(File.ReadAllText(Path.Combine(RepoPaths.Sample, file)));
            var imported = Entries(seed.Project.Read(file));
            Assert.Equal(sample.Keys.Order(StringComparer.Ordinal), imported.Keys.Order(StringComparer.Ordinal));
            foreach (var (id, fields) in sample)
            {
                // Notes are the editor's prose (the importer writes a generic identification or "not identified"); a
                // sort key is the editor's judgement of a name's order (the sample's Chinese names sort as written).
                Assert.Equal(Without(fields, "note", "sort"), Without(imported[id], "note", "sort"));
            }
        }
    }

    private static Dictionary<string, SortedDictionary<string, string>> Entries(string yaml)
    {
        var root = (YamlDotNet.RepresentationModel.YamlSequenceNode)YamlMap.Root(yaml);
        return root.Children.Select(YamlMap.Flatten).ToDictionary(f => f["id"]);
    }

    private static string Without(SortedDictionary<string, string> fields, params string[] keys) =>
        string.Join("\n", fields.Where(f => !keys.Contains(f.Key)).Select(f => $"{f.Key}={f.Value}"));

    /// <summary>Removes notes and keeps the reading the export has: abbr/sic/unclear keep their first part, app its WCDA part.</summary>
    internal static string WithoutEditorialMarkup(string text)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            var name = text[i] == '{' ? EditorialDirectives.FirstOrDefault(d => Opens(text, i, d)) : null;
            if (name is null)
            {
                sb.Append(text[i++]);
                continue;
            }

            var end = Close(text, i);
            var body = text[(text.IndexOf(':', i) + 1)..end].TrimStart();
            var parts = SplitTopLevel(body);
            sb.Append(name switch
            {
                "note" => "",
                "app" => parts.Select(p => p.Trim()).Single(p => p.StartsWith("WCDA:", StringComparison.Ordinal))["WCDA:".Length..].Trim(),
                _ => WithoutEditorialMarkup(parts[0].Trim()),
            });
            i = end + 1;
        }

        return sb.ToString();
    }

    private static bool Opens(string text, int i, string name) =>
        string.CompareOrdinal(text, i + 1, name, 0, name.Length) == 0 && text.Length > i + 1 + name.Length && text[i + 1 + name.Length] is ':' or ' ';

    private static int Close(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException("unclosed directive in the sample");
    }

    private static List<string> SplitTopLevel(string body)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            depth += body[i] == '{' ? 1 : body[i] == '}' ? -1 : 0;
            if (depth == 0 && body[i] == '|')
            {
                parts.Add(body[start..i]);
                start = i + 1;
            }
        }

        parts.Add(body[start..]);
        return parts;
    }
}
