using System.Text.RegularExpressions;
using Edition.Tei.Validation.Odd;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Validation;

/// <summary>
/// schemas/edition.rng is compiled from schemas/edition.odd and tei_all.rng; the committed file must be current,
/// accept the sample's TEI, and be a restriction of tei_all (checked with jing on mutated documents).
/// </summary>
[Trait("Speed", "Slow")]
public sealed partial class EditionOddTests
{
    private static string TeiAll => Path.Combine(RepoPaths.Shared, "tei", "tei_all.rng");

    private static string EditionRng => Path.Combine(RepoPaths.Schemas, "edition.rng");

    private static string GoldenTei => Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Golden", "mao-stalin-1951", "tei");

    [SkippableFact]
    public void CommittedEditionRngIsCurrent() =>
        GoldenFile.AssertText("schemas/edition.rng", OddCompiler.Compile(Path.Combine(RepoPaths.Schemas, "edition.odd"), TeiAll));

    [SkippableFact]
    public void SampleTeiIsValidAgainstEditionRng()
    {
        var result = Jing.Validate(EditionRng, Directory.GetFiles(GoldenTei, "*.xml").Order(StringComparer.Ordinal).ToArray());
        Assert.True(result.ExitCode == 0, result.StdOut + result.StdErr);
    }

    // Each mutation of the sample document: a regex replacement (first match) and whether tei_all accepts the result.
    public static TheoryData<string, string, string, bool> Mutations => new()
    {
        { "unknown-element", "<p xml:id=\"d1951-06-21-ru-p1\"", "<bogus/><p xml:id=\"d1951-06-21-ru-p1\"", false },
        { "unknown-attribute", "<div type=\"original\"", "<div colour=\"red\" type=\"original\"", false },
        { "fw-type-with-space", "<fw type=\"marking\">", "<fw type=\"two words\">", false },
        { "p-in-hi", "<hi rend=\"letter-spacing\">", "<hi rend=\"letter-spacing\"><p>x</p>", false },
        { "no-teiHeader", "(?s)<teiHeader>.*</teiHeader>", "", false },
        { "bad-date", "<date when=\"1951-06-21\">21.6.51.</date>", "<date when=\"21.6.51\">21.6.51.</date>", false },
        { "table-without-row", "(?s)<table type=\"distribution\" rows=\"6\" cols=\"4\"([^>]*)>.*?</table>", "<table type=\"distribution\" rows=\"6\" cols=\"4\"$1></table>", false },
        { "fw-type-not-in-list", "<fw type=\"marking\">", "<fw type=\"running\">", true },
        { "fw-without-type", "<fw type=\"marking\">", "<fw>", true },
        { "div-type-not-in-list", "<div type=\"original\"", "<div type=\"edition\"", true },
        { "note-type-not-in-list", "type=\"editorial\"", "type=\"gloss\"", true },
        { "element-not-kept", "<p xml:id=\"d1951-06-21-en-p6\"", "<sp><p>x</p></sp><p xml:id=\"d1951-06-21-en-p6\"", true },
        { "parallel-div-without-lang", "<div type=\"original\" xml:lang=\"ru\"", "<div type=\"original\"", true },
    };

    [SkippableFact]
    public void EditionRngIsARestrictionOfTeiAll()
    {
        var original = File.ReadAllText(Path.Combine(GoldenTei, "d1951-06-21.xml"));
        var dir = Directory.CreateTempSubdirectory("edition-odd-mutations").FullName;
        try
        {
            var files = new List<(string Name, string Path, bool TeiAllValid)>();
            foreach (var row in Mutations)
            {
                var (name, pattern, replacement, teiAllValid) = ((string)row[0], (string)row[1], (string)row[2], (bool)row[3]);
                var mutated = new Regex(pattern).Replace(original, replacement, 1);
                Assert.NotEqual(original, mutated);
                var path = Path.Combine(dir, name + ".xml");
                File.WriteAllText(path, mutated);
                files.Add((name, path, teiAllValid));
            }

            var teiAll = Jing.Validate(TeiAll, files.Select(f => f.Path).ToArray()).StdOut;
            var edition = Jing.Validate(EditionRng, files.Select(f => f.Path).ToArray()).StdOut;
            foreach (var (name, path, teiAllValid) in files)
            {
                Assert.True(teiAllValid != teiAll.Contains(path + ":", StringComparison.Ordinal), $"{name}: tei_all {(teiAllValid ? "rejects" : "accepts")} it\n{teiAll}");
                Assert.True(edition.Contains(path + ":", StringComparison.Ordinal), $"{name}: edition.rng accepts it");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ClosedListsAgreeWithEditionSch()
    {
        var odd = OddCustomisation.Read(Path.Combine(RepoPaths.Schemas, "edition.odd"));
        var sch = File.ReadAllText(Path.Combine(RepoPaths.Schemas, "edition.sch"));
        foreach (var change in odd.Changes.Where(c => c.Values.Count > 0))
        {
            var list = Regex.Match(sch, $"<let name=\"{change.Element}-types\" value=\"\\(([^)]*)\\)\"/>");
            Assert.True(list.Success, $"edition.sch has no {change.Element}-types list");
            Assert.Equal(change.Values, list.Groups[1].Value.Split(',').Select(v => v.Trim().Trim('\'')).ToList());
        }
    }
}
