using System.Text;
using Edition.Core.Diagnostics;
using Edition.Core.Source;

namespace Edition.Core.Tests.Source;

/// <summary>Sources are read as the standards say: UTF-8 only (other bytes an error at their place), one YAML document a file, YAML's null a missing value.</summary>
public sealed class SourceEncodingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("edition-encoding-").FullName;

    [Fact]
    public void MarkdownSavedAsLatin1IsAnErrorAtTheFirstByteThatIsNotUtf8()
    {
        var project = Project();
        File.WriteAllBytes(Path.Combine(project, "documents", "letter", "original.en.md"), Encoding.Latin1.GetBytes("{#p1} Dear friend,\n\n{#p2} the caf\u00e9 is open.\n"));

        var (_, diagnostics) = Load(project);

        var error = Assert.Single(diagnostics, d => d.Code == "ED1017");
        Assert.Equal((3, 14), (error.Span.Line, error.Span.Column));
        Assert.Contains("0xE9", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Code == "ED1011");
    }

    [Fact]
    public void ACharacterXmlCannotHoldIsAnErrorAtItsPlaceAndAnEmojiIsNot()
    {
        var project = Project();
        File.WriteAllText(Path.Combine(project, "documents", "letter", "original.en.md"), "{#p1} Dear \U0001F600 friend,\n\n{#p2} the\u0001 caf\u000B.\n");
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: e\ntitle: \"Let\u0007ters\"\nlanguages: [en]\n");

        var (_, diagnostics) = Load(project);

        var errors = diagnostics.Where(d => d.Code == "ED1019").Select(d => (Path.GetFileName(d.Span.File), d.Span.Line, d.Span.Column)).ToList();
        Assert.Equal([("original.en.md", 3, 10), ("original.en.md", 3, 15), ("edition.yml", 2, 12)], errors);
    }

    [SkippableFact]
    public void ADeviceThatNeverEndsIsRefusedUnread()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file types are asked of the kernel on Linux");
        var diagnostics = new List<Diagnostic>();

        var text = SourceText.Read("/dev/zero", "intro.md", diagnostics);

        Assert.Equal("", text);
        Assert.Equal(SourceDiagnostics.NotARegularFile.Id, Assert.Single(diagnostics).Code);
        Assert.Null(SourceText.ReadBounded("/dev/zero", 100));
    }

    [Fact]
    public void ASourceLargerThanTheLimitIsRefusedUnread()
    {
        // A sparse file: its size says 64 MB and one byte, and it takes no disk (nor memory, as it is not read).
        var path = Path.Combine(_root, "huge.md");
        using (var file = File.Create(path))
        {
            file.SetLength(SourceText.MaxBytes + 1L);
        }

        var diagnostics = new List<Diagnostic>();

        Assert.Equal("", SourceText.Read(path, "huge.md", diagnostics));
        Assert.Equal(SourceDiagnostics.SourceTooLarge.Id, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void AFieldLongerThanTheLimitIsAnErrorAtItsLineAndIsCut()
    {
        var project = Project();
        var summary = new string('a', Edition.Core.Source.Yaml.YamlFile.MaxFieldCharacters + 1);
        File.WriteAllText(Path.Combine(project, "documents", "letter", "document.yml"), $"title: \"A letter\"\ndate: 1951-06-21\nlanguage: en\nsummary: \"{summary}\"\n");

        var (source, diagnostics) = Load(project);

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(SourceDiagnostics.FieldTooLong.Id, error.Code);
        Assert.Equal((4, 10), (error.Span.Line, error.Span.Column));
        Assert.Contains("1,000,001", error.Message, StringComparison.Ordinal);
        Assert.Equal(Edition.Core.Source.Yaml.YamlFile.MaxFieldCharacters, ((Edition.Core.Source.Model.AuthoredDocument)source!.Documents[0]).Meta.Summary!.Length);
    }

    [Fact]
    public void AFileUpToTheLimitIsReadWhole()
    {
        var path = Path.Combine(_root, "big.md");
        File.WriteAllBytes(path, Enumerable.Repeat((byte)'a', 200_000).ToArray());

        Assert.Equal(200_000, SourceText.ReadBounded(path, 200_000)!.Length);
        Assert.Null(SourceText.ReadBounded(path, 199_999));
    }

    [Fact]
    public void AByteOrderMarkIsSkippedAndUtf8IsRead()
    {
        var project = Project();
        File.WriteAllBytes(Path.Combine(project, "edition.yml"), [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("id: e\ntitle: \"Grüße\"\nlanguages: [en]\n")]);

        var (source, diagnostics) = Load(project);

        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("Grüße", source!.Info.Title);
    }

    [Fact]
    public void ASecondYamlDocumentIsAnErrorAtItsStart()
    {
        var project = Project();
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: e\ntitle: \"One\"\nlanguages: [en]\n---\ntitle: \"Two\"\n");

        var (_, diagnostics) = Load(project);

        var error = Assert.Single(diagnostics, d => d.Code == "ED1018");
        Assert.Equal(5, error.Span.Line);
    }

    [Fact]
    public void ATabIndentingYamlIsAnErrorAtItsLine()
    {
        var project = Project();
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: e\ntitle: \"T\"\nlanguages:\n\t- en\n");

        var (_, diagnostics) = Load(project);

        var error = Assert.Single(diagnostics, d => d.Code == "ED1001");
        Assert.Equal((4, 1), (error.Span.Line, error.Span.Column));
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    public void ANullTitleIsMissingNotTheTextOfTheNull(string value)
    {
        var project = Project();
        File.WriteAllText(Path.Combine(project, "edition.yml"), $"id: e\ntitle: {value}\nsubtitle: ~\nlanguages: [en]\n");

        var (_, diagnostics) = Load(project);

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("required field 'title'", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Span.Line);
    }

    [Fact]
    public void AQuotedTildeIsText()
    {
        var project = Project();
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: e\ntitle: \"~\"\nlanguages: [en]\n");

        var (source, _) = Load(project);

        Assert.Equal("~", source!.Info.Title);
    }

    private string Project()
    {
        var project = Path.Combine(_root, "p");
        var letter = Path.Combine(project, "documents", "letter");
        Directory.CreateDirectory(letter);
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: e\ntitle: \"Letters\"\nlanguages: [en]\n");
        File.WriteAllText(Path.Combine(letter, "document.yml"), "title: \"A letter\"\ndate: 1951-06-21\nlanguage: en\n");
        File.WriteAllText(Path.Combine(letter, "original.en.md"), "{#p1} Dear friend.\n");
        return project;
    }

    private static (Edition.Core.Source.Model.EditionSource? Source, IReadOnlyList<Diagnostic> Diagnostics) Load(string project)
    {
        var bag = new DiagnosticBag();
        var source = SourceLoader.Load(project, bag);
        return (source, bag.Sorted());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
