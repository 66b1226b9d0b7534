using System.Text.RegularExpressions;
using Edition.Build.Tests.Incremental;
using Edition.Core.Source.Model;

namespace Edition.Build.Tests.Memory;

/// <summary>
/// From assembly on, a build keeps its documents' summaries and reads their whole views back from disk; an edition
/// whose own templates may read any field of any document (from <c>edition</c>) keeps them whole, and its pages show it.
/// </summary>
public sealed partial class DocumentViewsOnDiskTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-views-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void AnEditionTemplateReadsAnotherDocumentsText()
    {
        var project = TestCorpus.Synthetic(_root, 3);
        var theme = Path.Combine(project, "templates", "html");
        Directory.CreateDirectory(theme);
        var foot = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "html", "_foot.sbn"));
        File.WriteAllText(Path.Combine(theme, "_foot.sbn"), foot + "<!-- last: {{ last = edition.documents | array.last }}{{ last.id }} {{ last.texts[0].blocks.size }} -->\n");

        var built = Build(project);

        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        var page = File.ReadAllText(Path.Combine(built.OutputDirectory!, "site", "documents", "d1.html"));
        var shown = LastDocument().Match(page);
        Assert.True(shown.Success, "the edition's own footer is not on the page");
        Assert.Equal("d3", shown.Groups[1].Value);
        Assert.True(int.Parse(shown.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, "another document's text reads as a summary's: " + shown.Value);
    }

    [Fact]
    public void ABuildFromSpilledViewsWritesWhatItWroteBefore()
    {
        var project = TestCorpus.Synthetic(_root, 4);
        var first = Build(project, "first");
        var second = Build(project, "second", cache: false);

        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        TestCorpus.AssertSameOutput(first.OutputDirectory!, second.OutputDirectory!);
        Assert.Contains("Text of document 4.", File.ReadAllText(Path.Combine(first.OutputDirectory!, "print", "edition.tex")), StringComparison.Ordinal);
        Assert.Contains("Text of document 4.", File.ReadAllText(Path.Combine(first.OutputDirectory!, "site", "documents", "d4.html")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [GeneratedRegex(@"<!-- last: (\S+) (\d+) -->")]
    private static partial Regex LastDocument();

    private BuildResult Build(string project, string output = "out", bool cache = true) => EditionBuilder.Build(new BuildOptions
    {
        ProjectDirectory = project,
        OutputRoot = Path.Combine(_root, output),
        Pdf = false,
        Validation = ValidationPolicy.Warn,
        Cache = cache,
    });
}
