using System.Xml.Xsl;
using BenchmarkDotNet.Attributes;
using Edition.Build;

namespace Edition.Benchmarks.Corpus;

/// <summary>
/// TEI → site for one FRUS volume, against its floor (a raw XmlReader pass) and the usual XSLT path
/// (XslCompiledTransform with baseline/tei-to-html.xsl). Run: <c>--filter '*CorpusBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private byte[][] _bytes = [];
    private XslCompiledTransform _xslt = null!;
    private string _project = "";
    private string _output = "";

    [Params("frus1894Nicaragua", "frus1930v01")]
    public string Volume { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = Paths.Root;
        var volume = Path.Combine(root, "..", "shared", "corpus", "frus", Volume + ".xml");
        _bytes = [File.ReadAllBytes(volume)];
        _xslt = CorpusBaselines.Compile(Path.Combine(root, "tests", "Edition.Benchmarks", "baseline", "tei-to-html.xsl"));
        _project = Path.Combine(Path.GetTempPath(), "edition-bench-" + Volume);
        Directory.CreateDirectory(Path.Combine(_project, "documents"));
        File.Copy(volume, Path.Combine(_project, "documents", Volume + ".xml"), overwrite: true);
        File.WriteAllText(Path.Combine(_project, "edition.yml"), $"id: {Volume}\ntitle: \"{Volume}\"\nlanguages: [en]\nbase_url: \"https://example.org/\"\n");
        _output = Path.Combine(_project, "output");
    }

    [Benchmark(Baseline = true)]
    public long RawParse() => CorpusBaselines.RawParse(_bytes);

    [Benchmark]
    public long XslCompiledTransform() => CorpusBaselines.Transform(_xslt, _bytes);

    [Benchmark]
    public int EditionBuild() => EditionBuilder.Build(new BuildOptions { ProjectDirectory = _project, OutputRoot = _output, Pdf = false, Print = false }).WrittenFiles.Count;

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_project, recursive: true);
}
