using System.Text.RegularExpressions;
using Edition.Import.Wilson;

namespace Edition.Import.Tests.Wilson;

/// <summary>The seed telegram imported into an empty project: the properties the issue asks for.</summary>
[Trait("Speed", "Slow")]
public sealed partial class WilsonImporterTests(SeedImport seed) : IClassFixture<SeedImport>
{
    [SkippableFact]
    public void ImportSucceedsWithoutWarnings()
    {
        Assert.True(seed.Result.Succeeded, string.Join('\n', seed.Result.Diagnostics));
        Assert.Empty(seed.Result.Diagnostics);
        Assert.Equal(5, seed.Result.WrittenFiles.Count); // document.yml, two texts, persons.yml, places.yml
    }

    [SkippableFact]
    public void SixNumberedParagraphsAreAlignedOnBothSides()
    {
        foreach (var n in Enumerable.Range(1, 6))
        {
            Assert.Matches($@"(?m)^\{{#p{n}\}} {n}\. ", seed.Original);
            Assert.Matches($@"(?m)^\{{#p{n}\}} {n}\. ", seed.Translation);
        }

        Assert.Equal(BodyKeys(seed.Original), BodyKeys(seed.Translation));
        Assert.Equal(12, seed.Result.Report.AlignedPairs);
        Assert.Empty(seed.Result.Report.Unaligned);
    }

    [SkippableFact]
    public void CitationIsSplitIntoArchiveParts()
    {
        var doc = YamlMap.Root(seed.DocumentYml);
        Assert.Equal("APRF", YamlMap.Get(doc, "archive.repository_abbr"));
        Assert.Equal("Archive of the President of the Russian Federation", YamlMap.Get(doc, "archive.repository"));
        Assert.Equal("Moscow", YamlMap.Get(doc, "archive.settlement"));
        Assert.Equal("45", YamlMap.Get(doc, "archive.fond"));
        Assert.Equal("1", YamlMap.Get(doc, "archive.opis"));
        Assert.Equal("339", YamlMap.Get(doc, "archive.delo"));
        Assert.Equal("64-65", YamlMap.Get(doc, "archive.folios"));
        Assert.Null(YamlMap.Get(doc, "archives"));
    }

    [SkippableFact]
    public void DateSenderAndRecipientAreRecognised()
    {
        var doc = YamlMap.Root(seed.DocumentYml);
        Assert.Equal("1951-06-21", YamlMap.Get(doc, "date"));
        Assert.Equal("mao-zedong", YamlMap.Get(doc, "sender.person"));
        Assert.Equal("beijing", YamlMap.Get(doc, "sender.place"));
        Assert.Equal("stalin", YamlMap.Get(doc, "recipient.person"));
        Assert.Equal("1951-06-21T21:15", YamlMap.Get(doc, "recipient.received"));
        Assert.Equal("112111", YamlMap.Get(doc, "source.record"));
        Assert.Equal("ru", YamlMap.Get(doc, "language"));
    }

    [SkippableFact]
    public void FilippovIsStalinUnderAnAlias()
    {
        var persons = YamlMap.Root(seed.Project.Read("persons.yml"));
        var stalin = YamlMap.Flatten(persons).Where(kv => kv.Key.StartsWith(IndexOf(persons, "stalin"), StringComparison.Ordinal)).ToDictionary();
        Assert.Contains("Filippov", stalin.Values);
        Assert.Contains("Филиппов", stalin.Values);
        Assert.Contains("{ab salute #salute} Товарищ {person stalin: ФИЛИППОВ}!", seed.Original, StringComparison.Ordinal);
        Assert.Contains("{ab address #address} товарищу {person stalin: {spaced: Ф И Л И П П О В У}}", seed.Original, StringComparison.Ordinal);
        Assert.Contains("{ab salute #salute} Comrade {person stalin: FILIPPOV}!", seed.Translation, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void BracketedInsertionsAreSuppliedByTheWitness()
    {
        Assert.Contains("To Comrade {person stalin: FILIPPOV} {supplied resp=WCDA: Stalin}", seed.Translation, StringComparison.Ordinal);
        Assert.Contains("{person xu-xiangqian: Xu Xiangqian} {supplied resp=WCDA: with instructions} to", seed.Translation, StringComparison.Ordinal);
        Assert.Contains("three Korean {supplied resp=WCDA: divisions})", seed.Translation, StringComparison.Ordinal);
        Assert.Contains("at 1/6 {supplied resp=WCDA: of the total} monthly", seed.Translation, StringComparison.Ordinal);
        Assert.DoesNotContain("[", seed.Translation.Replace("\\[", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(4, seed.Result.Report.SuppliedInsertions);
        Assert.Equal("WCDA", YamlMap.Get(YamlMap.Root(seed.DocumentYml), "witnesses.0.id"));
    }

    [SkippableFact]
    public void TelegramApparatusStaysOutsideTheAlignedBody()
    {
        var apparatus = new[] { "ШИФРТЕЛЕГРАММА", "Экз. №", "см.сл.лист", "ПОДЛЕЖИТ ВОЗВРАТУ", "Лист 2", "Расп.", "Верно:", "СЕРИЯ", "Received", "SERIES", "CIPHERED", "MAO ZEDONG", "МАО ЦЗЕ-ДУН" };
        foreach (var paragraph in BodyParagraphs(seed.Original).Concat(BodyParagraphs(seed.Translation)))
        {
            Assert.DoesNotContain(apparatus, a => paragraph.Contains(a, StringComparison.Ordinal));
        }

        Assert.Contains("{head #telegram} ШИФРТЕЛЕГРАММА № 21039", seed.Original, StringComparison.Ordinal);
        Assert.Contains("{fw catch} /см.сл.лист/\n\n{fw footer} ПОДЛЕЖИТ", seed.Original, StringComparison.Ordinal);
        Assert.Contains("{pb 65}\n\n{fw header} Продолжение шифртелеграммы № 21039\n\n{fw marking} Экз. № 2\n\n{fw pageNum} Лист 2", seed.Original, StringComparison.Ordinal);
        Assert.Contains("::: table distribution #copies\n| № 1 |", seed.Original, StringComparison.Ordinal);
        Assert.Contains("::: closer #closer\n{dateline #dateline} № 3107. {date 1951-06-21: 21.6.51.}\n\n{signed #signature} {person mao-zedong: МАО ЦЗЕ-ДУН}\n:::", seed.Original, StringComparison.Ordinal);
        Assert.Contains("{fw dispatch} Расп. {person sushchev: Сущев} 22.00 21.6\\\nОтп. {person rubleva: Рублева} 22.20 21.6\\\n№ 581", seed.Original, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ReportNamesWhatWasRecognisedAndWhatToCheck()
    {
        var text = seed.Result.Report.ToText();
        Assert.Contains("archive      APRF, f. 45, op. 1, d. 339, ll. 64-65 (Archive of the President of the Russian Federation, Moscow)", text, StringComparison.Ordinal);
        Assert.Contains("unaligned    none", text, StringComparison.Ordinal);
        Assert.Contains("stalin (new; aliases Filippov, Филиппов)", text, StringComparison.Ordinal);
        Assert.Contains("p5: numbers differ: the original has 60, the translation 16", text, StringComparison.Ordinal);
        Assert.Contains("ГСМ", text, StringComparison.Ordinal);
        Assert.Contains("Сущев (sushchev)", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void SameInputGivesTheSameBytes()
    {
        using var other = new TempProject();
        var again = Seed.ImportInto(other);
        Assert.True(again.Succeeded);
        foreach (var file in seed.Result.WrittenFiles)
        {
            var relative = Path.GetRelativePath(seed.Project.Directory, file);
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(other.Directory, relative)));
        }
    }

    [SkippableFact]
    public void NothingOfTheAbKindFollowsTheCloser()
    {
        foreach (var text in new[] { seed.Original, seed.Translation })
        {
            var closer = text.IndexOf("::: closer", StringComparison.Ordinal);
            Assert.True(closer > 0);
            Assert.DoesNotContain("{ab ", text[closer..], StringComparison.Ordinal);
            Assert.DoesNotContain("{#p", text[closer..], StringComparison.Ordinal);
        }

        Assert.Contains("{signed #signature} {person mao-zedong: MAO ZEDONG}", seed.Translation, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void TheSeedImportBuilds() => ImportedBuild.AssertBuilds(seed.Project);

    private static string IndexOf(YamlDotNet.RepresentationModel.YamlNode persons, string id) =>
        YamlMap.Flatten(persons).Single(kv => kv.Key.EndsWith(".id", StringComparison.Ordinal) && kv.Value == id).Key[..^2];

    private static List<string> BodyKeys(string markdown) => BodyParagraph().Matches(markdown).Select(m => m.Groups[1].Value).ToList();

    private static IEnumerable<string> BodyParagraphs(string markdown) => BodyParagraph().Matches(markdown).Select(m => m.Value);

    [GeneratedRegex(@"(?m)^\{#([\w-]+)\} .*$")]
    private static partial Regex BodyParagraph();
}
