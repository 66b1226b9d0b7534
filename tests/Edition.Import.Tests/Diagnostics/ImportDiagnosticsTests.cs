using Edition.Core.Diagnostics;
using Edition.Import.Tests.Wilson;
using Edition.Import.Wilson;

namespace Edition.Import.Tests.Diagnostics;

/// <summary>The importer's findings on small hand-made exports: each where the editor can act on it.</summary>
public sealed class ImportDiagnosticsTests : IDisposable
{
    private static readonly DateOnly Pinned = new(2026, 11, 25);

    private readonly TempProject _project = new();
    private readonly string _inputs = Path.Combine(Path.GetTempPath(), "edition-import-codes-" + Guid.NewGuid().ToString("N")[..12]);

    public ImportDiagnosticsTests() => Directory.CreateDirectory(_inputs);

    [Fact]
    public void HeaderWithoutDateIsRejectedAtTheCitation()
    {
        var export = Export(date: "Sometime in summer");
        var result = Import(export);

        Assert.False(result.Succeeded);
        var bad = Assert.Single(result.Diagnostics);
        Assert.Equal(ImportDiagnostics.BadDate.Id, bad.Code);
        Assert.Equal(new Core.Text.SourceSpan(export, LineOf(export, "Citation:"), 1), bad.Span);
    }

    [Fact]
    public void UnknownOriginalLanguageIsAssumedRussian()
    {
        var export = Export(language: "Old Church Slavonic");
        var result = Import(export);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnostics.UnknownLanguage.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("original language 'Old Church Slavonic' not recognised; assumed Russian (ru)", warning.Message);
    }

    [Fact]
    public void UnknownArchiveAndUnreadCitationPartsAreReported()
    {
        var export = Export(citation: "XYZA, f. 1, op. 2, d. 3, ll. 4-5; a letter in private hands");
        var result = Import(export);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var archive = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnostics.UnknownRepository.Id);
        Assert.Contains("archive 'XYZA' is not known to the importer", archive.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnostics.CitationNotUnderstood.Id && d.Severity == Severity.Warning);
    }

    [Fact]
    public void ParagraphWithoutCounterpartIsWrittenWithAOneSidedKey()
    {
        var export = Export(original: [.. Russian, "4. Четвёртый абзац, которого нет в переводе, о поставках вооружения и о сроках."]);
        var result = Import(export);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var unaligned = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnostics.Unaligned.Id);
        Assert.StartsWith("original paragraph has no counterpart; written as '{#", unaligned.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(export, "4. Четвёртый"), unaligned.Span.Line);
    }

    [Fact]
    public void SenderOutsideTheGazetteerIsLeftOut()
    {
        var export = Export(title: "Letter from Ivan Nobody to Pyotr Somebody");
        var result = Import(export);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var unknown = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnostics.SenderUnknown.Id);
        Assert.Equal("the sender is not in the gazetteer; document.yml leaves it out", unknown.Message);
        Assert.Equal(LineOf(export, "June 21, 1951"), unknown.Span.Line);
    }

    [Fact]
    public void DocumentThatCannotBeWrittenChangesNothing()
    {
        File.WriteAllText(_project.Path_("documents"), "a file where the documents folder should be");
        var result = Import(Export());

        Assert.False(result.Succeeded);
        var failed = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnostics.WriteFailed.Id);
        Assert.StartsWith("the import could not be written, nothing was changed: ", failed.Message, StringComparison.Ordinal);
        Assert.Equal("", _project.Read("persons.yml"));
    }

    private static readonly string[] Russian =
    [
        "1. Товарищ Гао Ган возвратился и передал Ваше мнение по различным вопросам.",
        "2. Я считаю, что все они правильны и мы должны делать именно так.",
        "3. Что касается вопроса посадки каучуковых деревьев, то мы думаем сразу же приступить к планированию.",
    ];

    private static readonly string[] English =
    [
        "1. Comrade Gao Gang has returned and transmitted your opinion on various questions.",
        "2. I consider that they are all correct and we must do precisely thus.",
        "3. As regards the question of planting rubber trees, we intend immediately to start the planning.",
    ];

    private ImportResult Import(string export) => WilsonImporter.Import(export, new ImportOptions(_project.Directory, RevisionDate: Pinned));

    private string Export(
        string date = "June 21, 1951",
        string title = "Telegram from Mao Zedong to I.V. Stalin",
        string citation = "APRF, f. 45, op. 1, d. 339, ll. 64-65",
        string language = "Russian",
        string[]? original = null)
    {
        string[] russian = original ?? Russian;
        var lines = new List<string>
        {
            date, "", title, "", "Citation:", "", $"\"{title}\", {date}, Wilson Center Digital Archive, {citation}.", "",
            "Original Language:", "", language, "", "Contents:", "", "Original Scan", "", "Translation - English", "",
        };
        foreach (var p in russian.Concat(English))
        {
            lines.AddRange([p, ""]);
        }

        var path = Path.Combine(_inputs, Guid.NewGuid().ToString("N")[..8] + ".txt");
        File.WriteAllText(path, string.Join('\n', lines));
        return path;
    }

    private static int LineOf(string path, string start) => Array.FindIndex(File.ReadAllLines(path), l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    public void Dispose()
    {
        _project.Dispose();
        Directory.Delete(_inputs, recursive: true);
    }
}
