using System.Text.RegularExpressions;
using Edition.Rendering.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>
/// The print indexes are sorted by makeindex, which compares sort keys byte by byte: the keys must make that
/// give the order of the site's index pages (IndexSort: sort keys, culture-aware), for accented and Cyrillic names too.
/// </summary>
[Trait("Speed", "Slow")]
public sealed partial class IndexOrderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "edition-index-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void MakeindexPutsThePrintIndexInTheSitesOrder()
    {
        var makeindex = ExternalTool.Require("makeindex", "texlive-binaries");
        // The sample's seven persons, renamed: in byte order "apple" would follow "Zhou", Ä and Å every Latin
        // letter, and the Cyrillic names everything.
        string[] names = ["Zhou Enlai", "Ärger, Anna", "Абрамов", "apple", "Ångström", "Беляев", "Ying"];
        var persons = PrintSample.Edition.Persons.Select((p, i) => p with { Name = names[i] }).ToList();
        var tex = PrintSample.Text(PrintSample.Render(PrintSample.Edition with { Persons = persons }, PrintSample.DefaultTemplates).Single(f => f.RelativePath == PrintRenderer.TexPath));
        var keys = PersonEntry().Matches(tex).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(names.Length, keys.Count);

        // The .idx as \edindex writes it, in the text's order (each at its own page), then makeindex's .ind.
        Directory.CreateDirectory(_folder);
        File.WriteAllLines(Path.Combine(_folder, "persons.idx"), keys.Select((k, i) => $"\\indexentry{{{k}}}{{{i + 1}}}"));
        var run = ExternalTool.Run(makeindex, ["-q", "persons.idx"], _folder);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var printed = IndexItem().Matches(File.ReadAllText(Path.Combine(_folder, "persons.ind"))).Select(m => m.Groups[1].Value).ToList();

        // The site's order: surname first, by the print's (here English) collation.
        var edition = PrintSample.Edition with { Persons = persons };
        var site = IndexSort.Order(persons, p => p.Name, edition, PrintDate.ConventionOf(edition, "en")).Select(p => p.Name);
        Assert.Equal(site, printed);
    }

    /// <summary>
    /// The invented German letter names its place of sending (Leipzig) and its addressee only in its header: the
    /// site counts them as occurrences, and the print indexes them too (at the description, by page), so each print
    /// index names exactly the entries with occurrences on the site, in the site's order.
    /// </summary>
    [Fact]
    public void ThePrintIndexesCountThePlacesOfSendingAndReceivingAsTheSiteDoes()
    {
        var makeindex = ExternalTool.Require("makeindex", "texlive-binaries");
        var project = Path.Combine(RepoPaths.Root, "tests", "Edition.Rendering.Tests", "Conventions", "german-letter");
        var (edition, _) = ProjectReader.Read(project);
        var tex = PrintSample.Text(PrintSample.Render(edition, new Edition.Rendering.Templates.TemplateSet(project, RepoPaths.Templates)).Single(f => f.RelativePath == PrintRenderer.TexPath));
        Assert.Contains(@"\index[places]{", tex, StringComparison.Ordinal);
        Directory.CreateDirectory(_folder);
        foreach (var (index, entries) in new[] { ("places", edition.Places), ("persons", edition.Persons) })
        {
            var keys = Regex.Matches(tex, $@"\\(?:ed)?index\[{index}\]\{{([^}}]*)\}}").Select(m => m.Groups[1].Value).ToList();
            File.WriteAllLines(Path.Combine(_folder, index + ".idx"), keys.Select((k, i) => $"\\indexentry{{{k}}}{{{i + 1}}}"));
            var run = ExternalTool.Run(makeindex, ["-q", index + ".idx"], _folder);
            Assert.True(run.ExitCode == 0, run.StdErr);
            var printed = IndexItem().Matches(File.ReadAllText(Path.Combine(_folder, index + ".ind"))).Select(m => m.Groups[1].Value).ToList();
            var site = IndexSort.Order(entries.Where(e => e.Occurrences.Count > 0), e => e.Name, edition, PrintDate.ConventionOf(edition, "en")).Select(e => e.Name).ToList();
            Assert.Equal(site, printed);
        }

        Assert.Contains("Leipzig", File.ReadAllText(Path.Combine(_folder, "places.ind")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [GeneratedRegex(@"\\edindex\[persons\]\{([^}]*)\}")]
    private static partial Regex PersonEntry();

    [GeneratedRegex(@"\\item (.*?), [\d, ]+\s*$", RegexOptions.Multiline)]
    private static partial Regex IndexItem();
}
