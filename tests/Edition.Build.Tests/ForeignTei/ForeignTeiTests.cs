using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Rendering;
using Edition.Tei.Encoding;
using Edition.TestSupport;
using Xunit.Abstractions;

namespace Edition.Build.Tests.ForeignTei;

/// <summary>
/// Real TEI from other projects (the TEI Consortium's test files in ../shared/corpus/foreign-tei/), each built
/// as a one-document TEI-in edition: it builds, and its pages keep the words of its texts; what its texts hold that
/// Edition renders generically or leaves out is reported (ED5040), and a DOCTYPE's DTD is said to be unread (ED1207).
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
        AssertFindings(file, path, result.Diagnostics);
        var (missing, total, examples) = PageWords.Lost(PageWords.OfTei(path), PageWords.OfPages(Path.Combine(result.OutputDirectory!, "site", "documents")));
        log.WriteLine($"{file}: {missing} of {total} words missing ({(total == 0 ? 0 : 100.0 * missing / total):F1}%): {string.Join(", ", examples)}");
        Assert.True(missing <= Tolerance * total, $"{file}: the pages lack {missing} of {total} words: {string.Join(", ", examples)}");
    }

    /// <summary>
    /// A warning for a DOCTYPE naming a DTD, for a figure whose image is not beside the file, and nothing else but the report, which names what the file is known to
    /// hold: detest.xml, the Guidelines' test of errors, has <c>blort</c>, an element no TEI schema has.
    /// </summary>
    private void AssertFindings(string file, string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        var namesDtd = File.ReadLines(path).Take(3).Any(l => l.Contains("<!DOCTYPE", StringComparison.Ordinal) && l.Contains("SYSTEM", StringComparison.Ordinal));
        Assert.Equal(namesDtd, diagnostics.Any(d => d.Code == EncodingDiagnostics.DtdNotRead.Id));
        // The files are copied without their images: a figure's missing image is reported at its graphic, as it should be.
        string[] expected = [EncodingDiagnostics.DtdNotRead.Id, RenderingDiagnostics.ElementsRenderedGenerically.Id, RenderingDiagnostics.ImageNotFound.Id, RenderingDiagnostics.ImageNotPrintable.Id, RenderingDiagnostics.TexFormulaNotTypeset.Id];
        Assert.All(diagnostics, d => Assert.Contains(d.Code, expected));
        var report = diagnostics.SingleOrDefault(d => d.Code == RenderingDiagnostics.ElementsRenderedGenerically.Id);
        log.WriteLine($"{file}: {report?.Message ?? "nothing rendered generically or left out"}");
        if (file.EndsWith("detest.xml", StringComparison.Ordinal))
        {
            Assert.Contains("blort×11 (first at 195,12)", report?.Message, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Folder => Path.Combine(RepoPaths.Root, "..", "shared", "corpus", "foreign-tei");
}
