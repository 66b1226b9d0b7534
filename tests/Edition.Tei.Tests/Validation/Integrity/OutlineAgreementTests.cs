using Edition.Tei.Validation;
using Edition.Tei.Validation.Integrity;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Validation.Integrity;

/// <summary>
/// The integrity checks read an outline of the markup: taken from the tree in a build, streamed from the file with no
/// tree in <c>edition validate</c>. Both must give the same facts (ids and their places, findings, pointers into
/// other files, alignment, whether the file is an authority list or a volume) on real TEI of every shape: the
/// sample's TEI, the invalid validation cases, the TEI Consortium's test files and the FRUS volumes.
/// </summary>
public sealed class OutlineAgreementTests
{
    public static TheoryData<string> LocalFiles() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Golden"), "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Edition.Tei.Tests", "Validation", "Invalid"), "*.xml", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(LocalFiles))]
    public void TheStreamedOutlineGivesTheTreesFacts(string file) => AssertSameFacts(Path.Combine(RepoPaths.Root, file));

    [SkippableFact]
    public void TheStreamedOutlineGivesTheTreesFactsOnForeignTeiAndFrus()
    {
        var corpus = Path.Combine(RepoPaths.Shared, "corpus");
        var files = Directory.GetFiles(Path.Combine(corpus, "foreign-tei"), "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(corpus, "frus"), "*.xml"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 40, $"{files.Count} files");
        var failures = files.Where(f => Describe(FromTree(f)) != Describe(Streamed(f))).ToList();
        Assert.True(failures.Count == 0, "facts differ for: " + string.Join(", ", failures));

        // Not agreement on nothing: each FRUS volume is read as a volume of ids both ways.
        foreach (var volume in Directory.GetFiles(Path.Combine(corpus, "frus"), "*.xml"))
        {
            var facts = Streamed(volume);
            Assert.NotNull(facts);
            Assert.True(facts.IsVolume, volume);
            Assert.NotEmpty(facts.Ids);
        }
    }

    private static void AssertSameFacts(string file) => Assert.Equal(Describe(FromTree(file)), Describe(Streamed(file)));

    private static string Describe(FileIntegrity? facts) => facts is null ? "not well-formed" : string.Join("\n",
        new[] { $"{facts.FileName} authority={facts.IsAuthorityList} volume={facts.IsVolume} coverage={facts.Coverage}" }
            .Concat(facts.Ids.Select(i => $"id {i.Id} <{i.Element}> {i.Primary} {i.Secondary} {i.TeiLine}"))
            .Concat(facts.Local.Select(d => $"finding {d}"))
            .Concat(facts.Outbound.Select(o => $"out {o.File} {o.Fragment} {o.Token} {o.Where} {o.Primary} {o.Secondary}")));

    private static FileIntegrity? FromTree(string file) => Facts(() => TeiInstance.Parse(file, () => File.OpenRead(file)));

    private static FileIntegrity? Streamed(string file) => Facts(() => TeiInstance.Outlined(file, () => File.OpenRead(file)));

    /// <summary>The facts, or null when the file is not read (both ways must refuse the same files).</summary>
    private static FileIntegrity? Facts(Func<TeiInstance> read)
    {
        try
        {
            return IntegrityChecker.Facts(read());
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
