using System.Text;
using Edition.Import.Wilson;
using Edition.TestSupport;

namespace Edition.Import.Tests.Wilson;

/// <summary>
/// The seed export changed for a test, written as <c>export.txt</c> in a folder of its own (the file's name goes into
/// document.yml, so imports to compare are of files of one name), and imported into a project of its own.
/// </summary>
internal sealed class SeedVariant : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "edition-import-variant-" + Guid.NewGuid().ToString("N")[..12]);

    public SeedVariant(Func<string[], string[]> edit, string newline = "\n")
    {
        Directory.CreateDirectory(_folder);
        Lines = edit(File.ReadAllLines(Seed.Path));
        Export = Path.Combine(_folder, "export.txt");
        File.WriteAllText(Export, string.Join(newline, Lines) + newline, new UTF8Encoding(false));
    }

    /// <summary>The export's lines as written.</summary>
    public string[] Lines { get; }

    public string Export { get; }

    public TempProject Project { get; } = new();

    public ImportResult Import() => WilsonImporter.Import(Export, new ImportOptions(Project.Directory, RevisionDate: Seed.Pinned));

    /// <summary>The seed's lines with <paramref name="insert"/> put into the first line starting with <paramref name="lineStart"/>, at <paramref name="column"/> (one-based).</summary>
    public static string[] Inserted(string[] lines, string lineStart, int column, string insert)
    {
        var i = LineIndex(lines, lineStart);
        lines[i] = lines[i].Insert(column - 1, insert);
        return lines;
    }

    public static int LineIndex(string[] lines, string lineStart) => Array.FindIndex(lines, l => l.StartsWith(lineStart, StringComparison.Ordinal));

    public void Dispose()
    {
        Project.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
