using Edition.Core.Diagnostics;
using Edition.Rendering;
using Edition.Tei.Encoding;

namespace Edition.Build.Tests.Diagnostics;

/// <summary>
/// What a build says of its TEI-in files: the elements rendered generically or left out, once per build (ED5040),
/// the DOCTYPE's unread DTD (ED1207), a root that is not TEI P5 (ED1208); the same from the cache as afresh.
/// </summary>
public sealed class TeiInReportTests : IDisposable
{
    private const string Header = """
        <teiHeader><fileDesc><titleStmt><title>A letter</title></titleStmt>
          <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("edition-teiin-report-").FullName;

    private string Project => Path.Combine(_root, "project");

    [Fact]
    public void OneLineNamesEachElementRenderedGenericallyOrLeftOutWithItsCountsAcrossFiles()
    {
        Write("a.xml", Letter("""<p>One <seg>a</seg> and <seg>b</seg><index><term>x</term></index>.</p>"""));
        Write("b.xml", Letter("""<p>Two <seg>c</seg>.</p><blort>Unknown.</blort>"""));

        var result = Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var report = Assert.Single(result.Diagnostics, d => d.Code == RenderingDiagnostics.ElementsRenderedGenerically.Id);
        Assert.Equal(Severity.Info, report.Severity);
        Assert.EndsWith("a.xml", report.Span.File, StringComparison.Ordinal);
        var a = Path.Combine(Project, "documents", "a.xml");
        var b = Path.Combine(Project, "documents", "b.xml");
        Assert.Equal(
            $"in 2 TEI-in files, rendered generically (text kept): seg×3 in 2 files (first at {a}(5,9)), blort×1 (first at {b}(5,26)); left out: index×1 (first at {a}(5,38))",
            report.Message);
    }

    [Fact]
    public void TheReportAndTheDoctypeWarningComeAgainWhenTheReadingComesFromTheCache()
    {
        Write("letter.xml", "<!DOCTYPE TEI SYSTEM \"tei_all.dtd\">\n" + Letter("<p>A <seg>phrase</seg> and <q>a quotation</q>.</p>"));

        var first = Build();
        var cached = Build();
        var session = new BuildSession();
        var inSession = Build(session);
        var sessionAgain = Build(session);

        Assert.Equal(1, cached.FilesReadReused);
        Assert.Equal(0, cached.TeiInFilesParsed);
        Assert.Equal(1, sessionAgain.FilesReadReused);
        Assert.Equal(
            [
                "info ED5040: rendered generically (text kept): seg×1 (first at 6,7), q×1 (first at 6,29)",
                "warning ED1207: the DTD 'tei_all.dtd' that the DOCTYPE names is not read (Edition reads no DTD): the entities declared there are not expanded, and the attribute defaults given there are not applied",
            ],
            first.Diagnostics.Select(d => $"{d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}"));
        foreach (var again in new[] { cached, inSession, sessionAgain })
        {
            Assert.Equal(first.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
        }
    }

    [Fact]
    public void TeiP5WithoutItsNamespaceIsOneErrorThatSaysToAddIt()
    {
        Write("letter.xml", Letter("<p>Text.</p>").Replace(" xmlns=\"http://www.tei-c.org/ns/1.0\"", "", StringComparison.Ordinal));

        var result = Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((EncodingDiagnostics.NotTeiP5.Id, 1, 2), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains("'TEI' in no namespace", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("add xmlns=\"http://www.tei-c.org/ns/1.0\" to the root element", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInternalSubsetsEntitiesAreNamedAndAReferenceToOneSaysTheSubsetIsNotRead()
    {
        Write("letter.xml", "<!DOCTYPE TEI [\n<!ENTITY % local \"IGNORE\">\n<!ENTITY sender \"Jane Doe\">\n]>\n" + Letter("<p>From &sender;.</p>"));

        var result = Build();

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "warning ED1207: the DOCTYPE's internal subset, which declares the entity 'sender', is not read (Edition reads no DTD): the entities declared there are not expanded, and the attribute defaults given there are not applied",
                "error ED1209: the entity '&sender;' is not declared: the DOCTYPE's internal subset (line 1) declares it, but is not read (Edition reads no DTD), so the entities declared there are not defined: write what it stands for in its place",
            ],
            result.Diagnostics.Select(d => $"{d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}"));
    }

    [Fact]
    public void ADoctypeThatNamesNoDtdAndDeclaresNoEntityIsNoFinding()
    {
        Write("letter.xml", "<!DOCTYPE TEI [\n<!ENTITY % TEI.XML \"INCLUDE\">\n]>\n" + Letter("<p>Text.</p>"));

        var result = Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Letter(string body) => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
        {Header}
        <text><body>
        {body}
        </body></text>
        </TEI>
        """;

    private void Write(string name, string tei)
    {
        Directory.CreateDirectory(Path.Combine(Project, "documents"));
        File.WriteAllText(Path.Combine(Project, "edition.yml"), "id: report\ntitle: \"Report\"\nlanguages: [en]\nbase_url: \"https://example.org/r/\"\nvalidation: warn\n");
        File.WriteAllText(Path.Combine(Project, "documents", name), tei);
    }

    private BuildResult Build(BuildSession? session = null) => EditionBuilder.Build(new BuildOptions
    {
        ProjectDirectory = Project,
        OutputRoot = Path.Combine(_root, "out"),
        Print = false,
        Pdf = false,
        Session = session,
    });
}
