using Edition.Core.Source.Model;
using System.Collections.Concurrent;
using Edition.Build.Output;
using Edition.Build.Tests.Incremental;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Rendering.Html;
using Edition.Rendering.Templates;
using Edition.TestSupport;

namespace Edition.Build.Tests.Output;

/// <summary>
/// The write stage takes files as they are made, so a corpus's output never all sits in memory: staged at once,
/// in place only at the commit, gone if the build fails.
/// </summary>
public sealed class StreamedOutputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-streamed-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void AFileIsStagedWhenGivenAndReachesTheOutputOnlyAtTheCommit()
    {
        var output = Path.Combine(_root, "out");
        var bag = new DiagnosticBag();
        using (var writer = OutputWriter.Open(output, "ed", bag)!)
        {
            writer.Add(OutputFile.Text("site/a.html", "<p>a</p>"));
            Assert.Equal("<p>a</p>", File.ReadAllText(Path.Combine(output, ".ed.staging", "site", "a.html")));
            Assert.False(Directory.Exists(Path.Combine(output, "ed")));

            writer.Add(OutputFile.Text("tei/b.xml", "<TEI/>"));
            Assert.Equal(Path.Combine(output, "ed"), writer.Commit(bag));
        }

        Assert.False(bag.HasErrors);
        Assert.Equal("<p>a</p>", File.ReadAllText(Path.Combine(output, "ed", "site", "a.html")));
        Assert.Equal("<TEI/>", File.ReadAllText(Path.Combine(output, "ed", "tei", "b.xml")));
        Assert.False(Directory.Exists(Path.Combine(output, ".ed.staging")));
    }

    [Fact]
    public void WithoutACommitTheStagedFilesGoAndTheOldOutputStands()
    {
        var output = Path.Combine(_root, "out");
        using (var first = OutputWriter.Open(output, "ed", new DiagnosticBag())!)
        {
            first.Add(OutputFile.Text("site/a.html", "old"));
            Assert.NotNull(first.Commit(new DiagnosticBag()));
        }

        using (var writer = OutputWriter.Open(output, "ed", new DiagnosticBag())!)
        {
            writer.Add(OutputFile.Text("site/a.html", "new"));
            writer.Add(OutputFile.Text("site/b.html", "new"));
        }

        Assert.Equal(["ed"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "ed", "site", "a.html")));
        Assert.False(File.Exists(Path.Combine(output, "ed", "site", "b.html")));
    }

    [Fact]
    public void AWriteFailureIsReportedAtTheCommit()
    {
        var output = Path.Combine(_root, "out");
        var bag = new DiagnosticBag();
        using var writer = OutputWriter.Open(output, "ed", bag)!;
        Directory.CreateDirectory(Path.Combine(output, ".ed.staging", "site", "a.html")); // a folder where the file goes
        writer.Add(OutputFile.Text("site/a.html", "a"));
        writer.Add(OutputFile.Text("../escape.html", "x"));

        Assert.Null(writer.Commit(bag));
        Assert.Equal("ED6001", Assert.Single(bag.Sorted()).Code);
        Assert.False(Directory.Exists(Path.Combine(output, "ed")));
        Assert.False(File.Exists(Path.Combine(_root, "escape.html")));
    }

    [Fact]
    public void TwoFilesOfOnePathAreADefectNotALastWriterWins()
    {
        using var writer = OutputWriter.Open(Path.Combine(_root, "out"), "ed", new DiagnosticBag())!;
        writer.Add(OutputFile.Text("site/a.html", "a"));
        Assert.Throws<InvalidOperationException>(() => writer.Add(OutputFile.Text("site/a.html", "b")));
    }

    [Fact]
    public void ATeiFileChangedDuringTheBuildFailsItAndNothingIsWritten()
    {
        var project = TestCorpus.Synthetic(_root, 3);
        var output = Path.Combine(_root, "out");
        var source = Path.Combine(project, "documents", "v2.xml");
        var result = EditionBuilder.Build(new BuildOptions
        {
            ProjectDirectory = project,
            OutputRoot = output,
            Pdf = false,
            Validation = ValidationPolicy.Warn,
            // After the TEI was read and validated, and its bytes let go, before the site takes its copy.
            Progress = line =>
            {
                if (line.StartsWith("Rendering the site", StringComparison.Ordinal))
                {
                    TestCorpus.Edit(source, "Text of document 2.", "Changed while building.");
                }
            },
        });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("ED6001", error.Code);
        Assert.Contains("changed during the build", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "synth")));
        Assert.False(Directory.Exists(Path.Combine(output, ".synth.staging")));

        // Built again, it is the new text throughout.
        Assert.True(EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = output, Pdf = false, Validation = ValidationPolicy.Warn }).Succeeded);
        Assert.Contains("Changed while building.", File.ReadAllText(Path.Combine(output, "synth", "site", "tei", "v2.xml")), StringComparison.Ordinal);
        Assert.Contains("Changed while building.", File.ReadAllText(Path.Combine(output, "synth", "site", "documents", "d2.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void EachDocumentsPagesAreGivenAsSoonAsTheyAreRendered()
    {
        var project = TestCorpus.Synthetic(_root, 8);
        var (edition, tei) = ProjectReader.Read(project);
        var given = new GivenPaths();
        var done = 0;
        var late = new ConcurrentBag<string>();
        var bag = new DiagnosticBag();

        // The k-th document done has been preceded by k documents' pages in the output: none waits for the rest.
        SiteRenderer.Render(edition, tei, new TemplateSet(project, RepoPaths.Templates), bag, given, progress: _ => () =>
        {
            var k = Interlocked.Increment(ref done);
            var pages = given.Paths.Count(p => p.StartsWith("site/documents/", StringComparison.Ordinal) && !p.EndsWith(".cite.html", StringComparison.Ordinal));

            if (pages < k)
            {
                late.Add($"document {k} done with {pages} page(s) given");
            }
        });

        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        Assert.Equal(8, done);
        Assert.Empty(late);
        Assert.Equal(given.Paths.Count, given.Paths.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(8, given.Paths.Count(p => p.StartsWith("site/documents/", StringComparison.Ordinal) && p.EndsWith(".cite.html", StringComparison.Ordinal)));
    }

    /// <summary>The paths given so far, readable while files come in from the renderer's threads.</summary>
    private sealed class GivenPaths : IOutputSink
    {
        public ConcurrentQueue<string> Paths { get; } = new();

        public void Add(OutputFile file) => Paths.Enqueue(file.RelativePath);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
