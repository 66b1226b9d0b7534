using Edition.TestSupport;

namespace Edition.Build.Tests.Incremental;

/// <summary>
/// A rebuild that reuses the build cache writes what a clean build writes, byte for byte, and renders
/// only the pages whose inputs changed: one edited document's, or everything after a template change.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-incr-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void SampleRebuildAfterEditEqualsCleanBuild()
    {
        var project = Copy(RepoPaths.Sample, Path.Combine(_root, "sample"));
        Assert.True(Build(project, "cached").Succeeded);
        var text = Path.Combine(project, "documents", "1951-06-21", "translation.en.md");
        File.WriteAllText(text, File.ReadAllText(text).Replace("Stalin", "Stalin (edited)", StringComparison.Ordinal));

        var rebuilt = Build(project, "cached");
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Equal(0, rebuilt.PagesReused);
        AssertSameOutput(rebuilt.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
    }

    [Fact]
    public void TouchingOneOfFiveDocumentsRerendersOnlyIt()
    {
        var project = Synthetic(5);
        var first = Build(project, "cached");
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(0, first.PagesReused);
        var languages = first.PagesRendered / 5;

        var unchanged = Build(project, "cached");
        Assert.Equal(0, unchanged.PagesRendered);

        var file = Path.Combine(project, "documents", "v3.xml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Text of document 3.", "Edited text of document 3.", StringComparison.Ordinal));
        var rebuilt = Build(project, "cached");
        Assert.Equal(languages, rebuilt.PagesRendered);
        Assert.Equal(4 * languages, rebuilt.PagesReused);
        AssertSameOutput(rebuilt.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
        Assert.Contains("Edited text of document 3.", File.ReadAllText(Path.Combine(rebuilt.OutputDirectory!, "site", "documents", "d3.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplateChangeInvalidatesEveryPage()
    {
        var project = Synthetic(3);
        Assert.True(Build(project, "cached").Succeeded);
        var theme = Path.Combine(project, "templates", "html");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "_foot.sbn"), File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "html", "_foot.sbn")) + "<!-- overridden -->\n");

        var rebuilt = Build(project, "cached");
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Equal(0, rebuilt.PagesReused);
        Assert.Contains("<!-- overridden -->", File.ReadAllText(Path.Combine(rebuilt.OutputDirectory!, "site", "documents", "d2.html")), StringComparison.Ordinal);
        AssertSameOutput(rebuilt.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
    }

    [Fact]
    public void TheCacheLivesBesideTheOutputNeverInIt()
    {
        var project = Synthetic(2);
        var result = Build(project, "cached");
        Assert.True(Directory.Exists(Path.Combine(_root, "cached", ".synth.cache", "pages")));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(result.OutputDirectory!, "*", SearchOption.AllDirectories), p => p.Contains(".cache", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private BuildResult Build(string project, string output, bool cache = true) => EditionBuilder.Build(new BuildOptions
    {
        ProjectDirectory = project,
        OutputRoot = Path.Combine(_root, output),
        Pdf = false,
        Validation = "warn",
        Cache = cache,
    });

    /// <summary>A small FRUS-shaped corpus: one TEI file per document, so each has its own source hash.</summary>
    private string Synthetic(int count)
    {
        var project = Path.Combine(_root, "synth");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: synth\ntitle: \"Synthetic\"\nlanguages: [en]\nbase_url: \"https://example.org/synth/\"\n");
        for (var i = 1; i <= count; i++)
        {
            File.WriteAllText(Path.Combine(project, "documents", $"v{i}.xml"), $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="v{i}">
                  <teiHeader><fileDesc><titleStmt><title type="complete">Volume {i}</title></titleStmt>
                    <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
                  <text><body>
                    <div type="chapter" xml:id="ch{i}"><head>Chapter {i}</head>
                      <div type="document" xml:id="d{i}" n="{i}" frus:doc-dateTime-min="1950-01-0{i}T00:00:00Z">
                        <head>Memorandum {i}</head>
                        <p>Text of document {i}.</p>
                      </div>
                    </div>
                  </body></text>
                </TEI>
                """);
        }

        return project;
    }

    private static string Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }

    private static void AssertSameOutput(string a, string b)
    {
        static SortedDictionary<string, byte[]> Snapshot(string folder) =>
            new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);
        var (x, y) = (Snapshot(a), Snapshot(b));
        Assert.Equal(x.Keys, y.Keys);
        Assert.All(x, kv => Assert.True(kv.Value.SequenceEqual(y[kv.Key]), $"{kv.Key} differs from a clean build"));
    }
}
