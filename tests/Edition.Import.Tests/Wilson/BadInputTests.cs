using Edition.Import.Wilson;
using Edition.TestSupport;

namespace Edition.Import.Tests.Wilson;

/// <summary>Bad input gives one clear diagnostic, a failed result and no folder: never a crash, never half a document.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempProject _project = new();
    private readonly string _inputs = Path.Combine(Path.GetTempPath(), "edition-import-input-" + Guid.NewGuid().ToString("N")[..12]);

    public BadInputTests() => Directory.CreateDirectory(_inputs);

    [Fact]
    public void EmptyFile() => AssertRejected(Write("empty.txt", "\n\n  \n"), "ED1502", "(1,1): error ED1502: the export is empty");

    [Fact]
    public void NoHeader() =>
        AssertRejected(Write("plain.txt", "\n\nСовершенно секретно\n\nТоварищ Сталин!\n"), "ED1504", "(3,1): error ED1504: no Wilson Center header found");

    [Fact]
    public void BinaryFile()
    {
        var path = Path.Combine(_inputs, "scan.pdf");
        File.WriteAllBytes(path, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00, 0xFF, 0xFE, 0x80]);
        AssertRejected(path, "ED1503", "(1,1): error ED1503: the file is binary");
    }

    [Fact]
    public void MissingFile() => AssertRejected(Path.Combine(_inputs, "absent.txt"), "ED1501", "error ED1501: cannot read the export");

    [Fact]
    public void HeaderWithoutText() =>
        AssertRejected(Write("header-only.txt", InventedExport.Text([])), ImportDiagnostics.NoText.Id, $"error {ImportDiagnostics.NoText.Id}: no text after the header");

    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void NotAProject()
    {
        var result = WilsonImporter.Import(Seed.Path, new ImportOptions(_inputs, RevisionDate: Seed.Pinned));
        Assert.False(result.Succeeded);
        Assert.Equal("ED1510", Assert.Single(result.Diagnostics).Code);
        Assert.False(Directory.Exists(Path.Combine(_inputs, "documents")));
    }

    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void BadDocumentId()
    {
        var result = Seed.ImportInto(_project, id: "../escape");
        Assert.Equal("ED1512", Assert.Single(result.Diagnostics).Code);
        Assert.Empty(_project.DocumentFolders());
    }

    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void ExistingDocumentIsKeptUnlessForced()
    {
        Assert.True(Seed.ImportInto(_project).Succeeded);
        var marker = _project.Path_("documents", "1951-06-21", "editor-notes.txt");
        File.WriteAllText(marker, "mine");

        var again = Seed.ImportInto(_project);
        Assert.False(again.Succeeded);
        Assert.Equal("ED1511", Assert.Single(again.Diagnostics).Code);
        Assert.Contains("documents/1951-06-21 already exists; pass --force", again.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.True(File.Exists(marker));

        var forced = Seed.ImportInto(_project, force: true);
        Assert.True(forced.Succeeded);
        Assert.False(File.Exists(marker));
        Assert.Equal(["1951-06-21"], _project.DocumentFolders());
    }

    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void InvalidAuthorityFileStopsBeforeWriting()
    {
        File.WriteAllText(_project.Path_("persons.yml"), "- id: [unclosed\n");
        var result = Seed.ImportInto(_project);
        Assert.Equal("ED1513", Assert.Single(result.Diagnostics).Code);
        Assert.Empty(_project.DocumentFolders());
        Assert.Equal("- id: [unclosed\n", _project.Read("persons.yml"));
    }

    private void AssertRejected(string path, string code, string expected)
    {
        var result = WilsonImporter.Import(path, new ImportOptions(_project.Directory, RevisionDate: Seed.Pinned));
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Contains(expected, diagnostic.ToString(), StringComparison.Ordinal);
        Assert.StartsWith(path, diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Empty(result.WrittenFiles);
        Assert.Empty(_project.DocumentFolders());
        Assert.Equal("", _project.Read("persons.yml"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_inputs, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        _project.Dispose();
        Directory.Delete(_inputs, recursive: true);
    }
}
