using Edition.TestSupport;

namespace Edition.Cli.Tests.Diagnostics;

/// <summary>
/// Every code of the catalogue is reached by a test: its code, or the catalogue member that holds it, appears in a
/// test's source or expected output. Those no test can reach are listed here with the reason.
/// </summary>
public sealed class DiagnosticCoverageTests
{
    private static readonly Dictionary<string, string> Unreachable = new(StringComparer.Ordinal)
    {
    };

    private static readonly string[] Extensions = [".cs", ".txt", ".xml", ".md", ".yml", ".sch"];

    [Fact]
    public void EveryCodeIsReachedByATest()
    {
        var corpus = TestCorpus();
        var unreached = DiagnosticCatalog.Entries
            .Where(e => !Mentioned(corpus, e.Member, e.Descriptor.Id))
            .Select(e => $"{e.Descriptor.Id} ({e.Member})")
            .Where(e => !Unreachable.ContainsKey(e[..6]))
            .ToList();
        Assert.True(unreached.Count == 0, $"codes no test reaches (write a test, or allowlist them with the reason): {string.Join(", ", unreached)}");
    }

    [Fact]
    public void AllowlistHoldsOnlyUnreachedCodes()
    {
        var corpus = TestCorpus();
        var reached = DiagnosticCatalog.Entries.Where(e => Unreachable.ContainsKey(e.Descriptor.Id) && Mentioned(corpus, e.Member, e.Descriptor.Id));
        Assert.Empty(reached.Select(e => e.Descriptor.Id));
        Assert.All(Unreachable.Keys, code => Assert.Contains(DiagnosticCatalog.All, d => d.Id == code));
    }

    // The RELAX NG descriptors keep the member names of Edition.RelaxNg's own RelaxNgErrorCodes, which its tests use.
    private static bool Mentioned(string corpus, string member, string id) =>
        corpus.Contains(id, StringComparison.Ordinal)
        || corpus.Contains(member, StringComparison.Ordinal)
        || corpus.Contains(member.Replace("RelaxNgDiagnostics.", "RelaxNgErrorCodes.", StringComparison.Ordinal), StringComparison.Ordinal);

    private static string TestCorpus()
    {
        var tests = Path.Combine(RepoPaths.Root, "tests");
        var self = Path.Combine(tests, "Edition.Cli.Tests", "Diagnostics", "DiagnosticCoverageTests.cs"); // its allowlist names codes
        var files = Directory.EnumerateFiles(tests, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)) && f != self)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        return string.Join('\n', files.Select(File.ReadAllText));
    }
}
