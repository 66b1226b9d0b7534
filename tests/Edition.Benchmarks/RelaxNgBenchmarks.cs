using BenchmarkDotNet.Attributes;
using Edition.RelaxNg;

namespace Edition.Benchmarks;

/// <summary>
/// tei_all.rng cold load, FRUS's schema loaded from its compact syntax (frus.rnc) and from its XML form (frus.rng),
/// and validation of the three FRUS volumes (sequential and concurrent; against tei_all and against frus.rnc).
/// </summary>
[MemoryDiagnoser]
public class RelaxNgBenchmarks
{
    private RelaxNgSchema _teiAll = null!;
    private string _schemaPath = "";
    private string[] _volumes = [];
    private string _frusRnc = "";
    private string _frusRng = "";
    private RelaxNgSchema _frus = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Edition.sln")))
        {
            dir = dir.Parent;
        }

        var shared = Path.GetFullPath(Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Edition.sln not found"), "..", "shared"));
        _schemaPath = Path.Combine(shared, "tei", "tei_all.rng");
        _volumes = Directory.GetFiles(Path.Combine(shared, "corpus", "frus"), "*.xml").Order(StringComparer.Ordinal).ToArray();
        _teiAll = RelaxNgSchema.Load(_schemaPath);
        _frusRnc = Path.Combine(shared, "corpus", "frus-schema", "frus.rnc");
        _frusRng = Path.Combine(shared, "corpus", "frus-schema", "frus.rng");
        _frus = RelaxNgSchema.Load(_frusRnc);
    }

    [Benchmark]
    public RelaxNgSchema LoadFrusRnc() => RelaxNgSchema.Load(_frusRnc);

    [Benchmark]
    public RelaxNgSchema LoadFrusRng() => RelaxNgSchema.Load(_frusRng);

    [Benchmark]
    public int ValidateFrusVolumesWithFrusRnc() => _volumes.AsParallel().Sum(v => _frus.Validate(v).Errors.Count);

    [Benchmark]
    public RelaxNgSchema LoadTeiAll() => RelaxNgSchema.Load(_schemaPath);

    [Benchmark]
    public int ValidateFrusVolumes()
    {
        var errors = 0;
        foreach (var v in _volumes)
        {
            errors += _teiAll.Validate(v).Errors.Count;
        }

        return errors;
    }

    [Benchmark]
    public int ValidateFrusVolumesConcurrently() =>
        _volumes.AsParallel().Sum(v => _teiAll.Validate(v).Errors.Count);
}
