using Edition.Core.Source.Markup;
using Edition.Core.Xml;
using Edition.TestSupport;

namespace Edition.Build.Tests.Nesting;

/// <summary>
/// The deepest nesting Edition reads (<see cref="SafeXml.MaxDepth"/> levels of TEI elements, <see cref="TextMarkupParser.MaxNestingDepth"/>
/// of markup) builds whole, site and print, every recursive walk over it included, on a thread with the smallest stack
/// the build runs on: the thread pool's 1.5 MB (the command line's main thread has 8 MB).
/// </summary>
[Trait("Speed", "Slow")]
public sealed class DeepestNestingBuildTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("edition-deepest-").FullName;

    [Fact]
    public void TheDeepestNestingAllowedBuildsTheSiteAndThePrintEdition()
    {
        var project = DeepProject.Deepest(Path.Combine(_work, "project"), SafeXml.MaxDepth, TextMarkupParser.MaxNestingDepth);
        var output = Path.Combine(_work, "output");
        BuildResult? result = null;
        var thread = new Thread(() => result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = output, Pdf = false }), 1536 * 1024);
        thread.Start();
        thread.Join();

        Assert.True(result!.Succeeded, string.Join('\n', result.Diagnostics));
        var edition = Path.Combine(output, "deep");
        foreach (var page in new[] { "divs", "his", "doc1" })
        {
            Assert.True(File.Exists(Path.Combine(edition, "site", "documents", page + ".html")), page);
        }

        var tex = File.ReadAllText(Path.Combine(edition, "print", "edition.tex"));
        Assert.Contains(string.Concat(Enumerable.Repeat(@"\textbf{", SafeXml.MaxDepth - 4)), tex, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
