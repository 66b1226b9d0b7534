using System.Text.Json.Nodes;
using Edition.Core.Diagnostics;
using Edition.TestSupport;
using Json.Schema;

namespace Edition.Build.Tests.Facsimiles;

/// <summary>
/// The facsimile sample built end to end: level-0 tiles and info.json, the manifest valid against the IIIF
/// Presentation 3 schema, a rebuild that tiles nothing; and each bad page image reported at its source line.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class FacsimileBuildTests : IDisposable
{
    private const string Document = "documents/1887-03-14";
    private readonly string _root = Directory.CreateTempSubdirectory("edition-facsimile-").FullName;

    [Fact]
    public void TheSampleHasLevel0TilesAValidManifestAndARebuildTilesNothing()
    {
        var project = Copy();
        var progress = new List<string>();
        var result = Build(project, progress);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("tiled 2 page image(s), reused 0 from the build cache", progress);

        var site = Path.Combine(result.OutputDirectory!, "site");
        var services = Directory.GetDirectories(Path.Combine(site, "iiif")).Where(d => File.Exists(Path.Combine(d, "info.json"))).ToList();
        Assert.Equal(2, services.Count);
        // libvips's record of the save carries its date: the site has no timestamps.
        Assert.Empty(Directory.GetFiles(Path.Combine(site, "iiif"), "vips-properties.xml", SearchOption.AllDirectories));
        foreach (var service in services)
        {
            var info = JsonNode.Parse(File.ReadAllText(Path.Combine(service, "info.json")))!;
            Assert.Equal("level0", (string?)info["profile"]);
            Assert.Equal(1000, (int)info["width"]!);
            // What a level-0 client asks for first: the top-left tile at full size, and the listed reading size.
            Assert.True(File.Exists(Path.Combine(service, "0,0,256,256", "256,256", "0", "default.jpg")));
            Assert.True(File.Exists(Path.Combine(service, "full", "800,1040", "0", "default.jpg")));
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(site, "iiif", "manifest", "d1887-03-14.json")))!;
        AssertValidIiif(manifest);
        AssertValidIiif(JsonNode.Parse(File.ReadAllText(Path.Combine(site, "iiif", "collection.json")))!);
        Assert.Equal(2, manifest["items"]!.AsArray().Count);
        var texts = manifest["items"]![0]!["annotations"]![0]!["items"]!.AsArray();
        Assert.Contains(texts, a => ((string)a!["target"]!).EndsWith("#xywh=110,290,771,107", StringComparison.Ordinal) && (string?)a["body"]!["language"] == "ru");

        var page = File.ReadAllText(Path.Combine(site, "documents", "d1887-03-14.html"));
        Assert.Contains("data-facs=\"d1887-03-14-f2\"", page, StringComparison.Ordinal);
        Assert.Contains("assets/facsimile/openseadragon.min.js", page, StringComparison.Ordinal);

        progress.Clear();
        Assert.True(Build(project, progress).Succeeded);
        Assert.Contains("tiled 0 page image(s), reused 2 from the build cache", progress);
    }

    [SkippableFact]
    public void TheSampleTeiIsValidAgainstTeiAll()
    {
        var result = Build(Copy(), []);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var tei = Directory.GetFiles(Path.Combine(result.OutputDirectory!, "tei"), "*.xml").Order(StringComparer.Ordinal).ToArray();
        Assert.Contains(tei, f => File.ReadAllText(f).Contains("<facsimile", StringComparison.Ordinal));
        var valid = Jing.Validate(Path.Combine(RepoPaths.Shared, "tei", "tei_all.rng"), tei);
        Assert.True(valid.ExitCode == 0, $"jing reports:\n{valid.StdOut}{valid.StdErr}");
    }

    [Theory]
    [InlineData("missing", "ED1040")]
    [InlineData("unreadable", "ED1041")]
    [InlineData("manifest-not-json", "ED1042")]
    [InlineData("manifest-not-iiif", "ED1043")]
    [InlineData("page-count", "ED1044")]
    [InlineData("unknown-page", "ED1045")]
    [InlineData("zone", "ED1046")]
    [InlineData("incomplete", "ED1047")]
    [InlineData("corrupt-pixels", "ED5130")]
    public void ABadPageImageIsReportedAtItsSourceLine(string breakage, string code)
    {
        var project = Copy();
        var (file, line) = Break(project, breakage);
        var result = Build(project, []);

        Assert.False(result.Succeeded);
        var found = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.EndsWith(file, found.Span.File, StringComparison.Ordinal);
        Assert.Equal(line, found.Span.Line);
        Assert.Contains(Descriptors(), d => d.Id == code);
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
    [
        SourceDiagnostics.FacsimileImageMissing, SourceDiagnostics.FacsimileImageUnreadable, SourceDiagnostics.FacsimileManifestNotJson,
        SourceDiagnostics.FacsimileManifestNotIiif, SourceDiagnostics.FacsimilePageCount, SourceDiagnostics.FacsimileUnknownPage,
        SourceDiagnostics.FacsimileZoneInvalid, SourceDiagnostics.FacsimilePageIncomplete, BuildDiagnostics.TilingFailed,
    ];

    /// <summary>Breaks the sample one way; returns the file and line the finding belongs at.</summary>
    private static (string File, int Line) Break(string project, string breakage)
    {
        var folder = Path.Combine(project, Document);
        var yml = Path.Combine(folder, "document.yml");
        var text = File.ReadAllText(yml);
        void Yml(string from, string to) => File.WriteAllText(yml, text.Replace(from, to, StringComparison.Ordinal));
        int LineOf(string what) => File.ReadAllLines(yml).ToList().FindIndex(l => l.Contains(what, StringComparison.Ordinal)) + 1;
        switch (breakage)
        {
            case "missing":
                File.Delete(Path.Combine(folder, "page-1v.jpg"));
                return ("document.yml", LineOf("image: page-1v.jpg"));
            case "unreadable":
                File.WriteAllText(Path.Combine(folder, "page-1v.jpg"), "not an image");
                return ("document.yml", LineOf("image: page-1v.jpg"));
            case "corrupt-pixels":
                var bytes = File.ReadAllBytes(Path.Combine(folder, "page-1v.jpg"));
                File.WriteAllBytes(Path.Combine(folder, "page-1v.jpg"), bytes[..600]);
                return ("document.yml", LineOf("image: page-1v.jpg")); // the page's entry under facsimile:
            case "manifest-not-json" or "manifest-not-iiif":
                File.WriteAllText(Path.Combine(folder, "m.json"), breakage == "manifest-not-json" ? "{ not json" : "{\"type\": \"Collection\"}");
                Yml("  pages:\n", "  manifest: m.json\n  pages_off:\n");
                File.WriteAllText(yml, File.ReadAllText(yml).Split("  pages_off:\n")[0]);
                return ("document.yml", LineOf("manifest: m.json"));
            case "page-count":
                File.AppendAllText(Path.Combine(folder, "original.en.md"), "\n{pb 2r}\n");
                return ("document.yml", LineOf("facsimile:") + 1);
            case "unknown-page":
                var md = Path.Combine(folder, "original.en.md");
                File.WriteAllText(md, File.ReadAllText(md).Replace("{pb 1v}", "{pb 1v facs=2v}", StringComparison.Ordinal));
                return ("original.en.md", File.ReadAllLines(md).ToList().FindIndex(l => l.Contains("facs=2v", StringComparison.Ordinal)) + 1);
            case "zone":
                Yml("segment: p4,", "segment: p9,");
                return ("document.yml", LineOf("segment: p9"));
            default:
                Yml("    - image: page-1v.jpg\n", "    - service: https://example.org/iiif/1v\n");
                return ("document.yml", LineOf("service: https://example.org/iiif/1v"));
        }
    }

    private static void AssertValidIiif(JsonNode json)
    {
        var schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Facsimiles", "iiif_3_0.json"), new Json.Schema.BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft07 });
        var result = schema.Evaluate(System.Text.Json.JsonDocument.Parse(json.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join('\n', (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20)));
    }

    private string Copy()
    {
        var target = Path.Combine(_root, "project");
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Samples, "facsimile-letter"), "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(Path.Combine(RepoPaths.Samples, "facsimile-letter"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    private BuildResult Build(string project, List<string> progress) => EditionBuilder.Build(new BuildOptions
    {
        ProjectDirectory = project,
        OutputRoot = Path.Combine(_root, "out"),
        Print = false,
        Pdf = false,
        Cache = true,
        Progress = progress.Add,
    });

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
