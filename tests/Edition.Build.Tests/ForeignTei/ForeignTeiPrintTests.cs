using System.Collections.Concurrent;
using Edition.Core.Source.Model;
using Edition.Rendering;
using Edition.TestSupport;
using Xunit.Abstractions;

namespace Edition.Build.Tests.ForeignTei;

/// <summary>
/// The 40 foreign TEI files of ForeignTeiTests, each built as a one-document edition with its PDF (the default
/// build): every build succeeds with its document typeset as usual (no plain fallback), and pdftotext finds the words
/// of the file's texts in the PDF. The files are built two at a time (latexmk is one process each).
/// </summary>
[Trait("Speed", "Slow")]
public sealed class ForeignTeiPrintTests(ITestOutputHelper log) : IDisposable
{
    /// <summary>
    /// The share of a file's words its PDF may lack: hyphens at line ends taken for hyphenation, index terms (in the
    /// TEI's text, not printed). Measured on 2026-12-07, words compared in composed form (NFC): 37 of the 40 files lack at
    /// most 1.4%.
    /// </summary>
    private const double Tolerance = 0.02;

    /// <summary>
    /// Files whose PDF lacks more, with the share measured and why (each a known loss of the print layout, to be fixed
    /// there; the bound keeps it from growing).
    /// </summary>
    private static readonly Dictionary<string, double> KnownLosses = new(StringComparer.Ordinal)
    {
        ["stylesheets/ms.xml"] = 0.09, // 7.3%: abbreviations print abbreviated, each expansion once, in the list of abbreviations
        ["stylesheets/testindex.xml"] = 0.08, // 6.7%: index terms (the index's, not the text's)
    };

    private readonly string _root = Directory.CreateTempSubdirectory("edition-foreign-pdf-").FullName;

    [SkippableFact]
    public void EachFileBuildsItsPdfAndThePdfKeepsTheWordsOfItsTexts()
    {
        Skip.IfNot(Directory.Exists(Folder), "../shared/corpus/foreign-tei is absent");
        ExternalTool.Require("latexmk", "latexmk");
        ExternalTool.Require("pdftotext", "poppler-utils");
        var files = Directory.EnumerateFiles(Folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var failures = new ConcurrentBag<string>();
        var lines = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
        {
            var name = Path.GetRelativePath(Folder, file);
            var (line, failure) = BuildAndCount(file, name);
            lines[name] = line;
            if (failure is not null)
            {
                failures.Add(failure);
            }
        });

        foreach (var (_, line) in lines.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            log.WriteLine(line);
        }

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }

    private (string Line, string? Failure) BuildAndCount(string file, string name)
    {
        var project = Path.Combine(_root, name.Replace('/', '_'), "project");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.Copy(file, Path.Combine(project, "documents", Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: foreign\ntitle: \"Foreign TEI\"\nlanguages: [en]\nbase_url: \"https://example.org/f/\"\n");
        var started = System.Diagnostics.Stopwatch.StartNew();

        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = Path.Combine(project, "..", "out"), Validation = ValidationPolicy.Off, Cache = false });

        var plain = result.Diagnostics.Where(d => d.Code == RenderingDiagnostics.DocumentPrintedPlainly.Id).ToList();
        if (!result.Succeeded || plain.Count > 0)
        {
            return ($"{name}: failed", $"{name}: {string.Join("\n", result.Diagnostics.Where(d => d.Severity == Edition.Core.Diagnostics.Severity.Error).Concat(plain))}");
        }

        var text = ExternalTool.Run("pdftotext", [Path.Combine(result.OutputDirectory!, "print", "edition.pdf"), "-"]).StdOut;
        var (missing, total, examples) = PageWords.Lost(PageWords.OfTei(file, eachIdeograph: true, withoutMath: true), PageWords.OfPdfText(text));
        var line = $"{name}: {missing} of {total} words missing ({(total == 0 ? 0 : 100.0 * missing / total):F1}%) in {started.Elapsed.TotalSeconds:F0} s: {string.Join(", ", examples)}";
        return (line, missing <= KnownLosses.GetValueOrDefault(name, Tolerance) * total ? null : $"{name}: the PDF lacks {missing} of {total} words: {string.Join(", ", examples)}");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Folder => Path.Combine(RepoPaths.Root, "..", "shared", "corpus", "foreign-tei");
}
