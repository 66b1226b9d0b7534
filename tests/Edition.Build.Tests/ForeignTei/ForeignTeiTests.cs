using Edition.Core.Source.Model;
using Edition.TestSupport;
using Xunit.Abstractions;

namespace Edition.Build.Tests.ForeignTei;

/// <summary>
/// Real TEI from other projects (the TEI Consortium's test files in ../shared/corpus/foreign-tei/), each built
/// as a one-document TEI-in edition: it builds, and its pages keep the words of its texts.
/// </summary>
public sealed class ForeignTeiTests(ITestOutputHelper log) : IDisposable
{
    /// <summary>The share of a file's words its pages may lack: notes glued to the word before them, index entries.</summary>
    private const double Tolerance = 0.01;

    private readonly string _root = Directory.CreateTempSubdirectory("edition-foreign-").FullName;

    public static IEnumerable<object[]> Files() =>
        Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetRelativePath(Folder, f) }) : [["(the shared corpus is absent)"]];

    [SkippableTheory]
    [Trait("Speed", "Slow")]
    [MemberData(nameof(Files))]
    public void BuildsAndKeepsTheWordsOfItsTexts(string file)
    {
        var path = Path.Combine(RepoPaths.Shared, "corpus", "foreign-tei", file);
        var project = Path.Combine(_root, "project");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.Copy(path, Path.Combine(project, "documents", Path.GetFileName(path)));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: foreign\ntitle: \"Foreign TEI\"\nlanguages: [en]\nbase_url: \"https://example.org/f/\"\n");

        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = Path.Combine(_root, "out"), Print = false, Pdf = false, Validation = ValidationPolicy.Off });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var (missing, total, examples) = PageWords.Lost(PageWords.OfTei(path), PageWords.OfPages(Path.Combine(result.OutputDirectory!, "site", "documents")));
        log.WriteLine($"{file}: {missing} of {total} words missing ({(total == 0 ? 0 : 100.0 * missing / total):F1}%): {string.Join(", ", examples)}");
        Assert.True(missing <= Tolerance * total, $"{file}: the pages lack {missing} of {total} words: {string.Join(", ", examples)}");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Folder => Path.Combine(RepoPaths.Root, "..", "shared", "corpus", "foreign-tei");
}
