using AngleSharp.Html.Parser;
using Edition.TestSupport;

namespace Edition.Build.Tests.Manuscript;

/// <summary>
/// The invented manuscript letter (samples/manuscript-letter) built end to end: its TEI as committed (golden) and valid
/// against tei_all, its page with the deleted words struck in the diplomatic view, and its PDF holding the added words.
/// </summary>
public sealed class ManuscriptSampleTests : IDisposable
{
    private static readonly string Project = Path.Combine(RepoPaths.Samples, "manuscript-letter");

    private readonly string _root = Directory.CreateTempSubdirectory("edition-manuscript-").FullName;

    [Fact]
    public void TheTeiIsAsCommittedAndThePageMarksTheChanges()
    {
        var result = Build(pdf: false);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        foreach (var file in new[] { "d1887-03-14.xml", "persons.xml", "places.xml" })
        {
            GoldenFile.AssertText($"tests/Edition.Build.Tests/Golden/manuscript-letter/tei/{file}", File.ReadAllText(Path.Combine(result.OutputDirectory!, "tei", file)));
        }

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(result.OutputDirectory!, "site", "documents", "d1887-03-14.html")));
        Assert.Equal(["yesterday", "twice", "glad", "for the whole of April", "Father"], page.QuerySelectorAll(".parallel del.del.dipl").Select(d => d.TextContent.ReplaceLineEndings(" ")));
        Assert.Contains("this morning", page.QuerySelectorAll(".parallel ins.add").Select(a => a.TextContent));
    }

    [SkippableFact]
    [Trait("Speed", "Slow")]
    public void TheTeiIsValidAgainstTeiAll()
    {
        var result = Build(pdf: false);
        var jing = Jing.Validate(Path.Combine(RepoPaths.Shared, "tei", "tei_all.rng"), Directory.GetFiles(Path.Combine(result.OutputDirectory!, "tei")));
        Assert.True(jing.ExitCode == 0, jing.StdOut + jing.StdErr);
    }

    [SkippableFact]
    [Trait("Speed", "Slow")]
    public void ThePdfHoldsTheAddedWordsAndTheLegend()
    {
        ExternalTool.Require("latexmk", "latexmk");
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        var result = Build(pdf: true);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var text = ExternalTool.Run(pdftotext, [Path.Combine(result.OutputDirectory!, "print", "edition.pdf"), "-"]).StdOut.ReplaceLineEndings(" ");
        foreach (var words in new[] { "this morning", "three times", "relieved", "before Easter", "And bring the books", "Signs of the manuscript", "added above the line" })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }
    }

    private BuildResult Build(bool pdf) => EditionBuilder.Build(new BuildOptions
    {
        ProjectDirectory = Project,
        OutputRoot = Path.Combine(_root, Guid.NewGuid().ToString("N")),
        Pdf = pdf,
    });

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
