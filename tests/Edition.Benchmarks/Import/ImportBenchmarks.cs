using BenchmarkDotNet.Attributes;
using Edition.Benchmarks.Corpus;
using Edition.Import.Wilson;

namespace Edition.Benchmarks.Import;

/// <summary>
/// <c>edition import wilson</c> on a 50 MB export of each shape, against the floor of the same run: reading the same
/// file into lines (what any importer must do). Peak working set is measured on whole processes by import-bench.sh.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ImportBenchmarks
{
    private string _folder = "";
    private string _export = "";
    private int _run;

    [Params(LargeWilsonExport.Shape.Paragraphs, LargeWilsonExport.Shape.LongParagraph)]
    public LargeWilsonExport.Shape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "edition-import-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(Paths.Root, "samples", "mao-stalin-1951", "edition.yml"), Path.Combine(_folder, "edition.yml"));
        _export = Path.Combine(_folder, "export.txt");
        var seed = Path.Combine(Paths.Root, "..", "shared", "seeds", "000_952179d84dcc0756.txt");
        LargeWilsonExport.Write(seed, _export, 50L * 1024 * 1024, Shape);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public int ReadLines() => File.ReadAllLines(_export).Length;

    [Benchmark]
    public bool Import() =>
        WilsonImporter.Import(_export, new ImportOptions(_folder, $"run-{_run++}", RevisionDate: new DateOnly(2026, 12, 6))).Succeeded;
}
