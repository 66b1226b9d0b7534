namespace Edition.TestSupport;

/// <summary>
/// A TEI-in edition of invented text with figures (<c>Fixtures/figures/</c>): a block figure with a 24×16 PNG, a
/// caption, a figDesc and a paragraph; one whose image is missing; one inside a paragraph; an https image; an SVG;
/// a TIFF; a path out of the project; a javascript: address.
/// </summary>
public static class FigureFixture
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Edition.TestSupport", "Fixtures", "figures");

    /// <summary>The TEI file, relative to the project.</summary>
    public const string TeiFile = "documents/figures.xml";

    /// <summary>The PNG's bytes, as committed.</summary>
    public static byte[] Png => File.ReadAllBytes(Path.Combine(Folder, "documents", "images", "map.png"));

    /// <summary>A copy of the project in <paramref name="to"/> (builds write beside their project, never into the repository).</summary>
    public static string Copy(string to) => FileTree.Copy(Folder, to);

    /// <summary>The line and column of the graphic whose url is <paramref name="url"/> (the column of its name, as XML readers count).</summary>
    public static (int Line, int Column) GraphicAt(string url)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, TeiFile));
        var index = Array.FindIndex(lines, l => l.Contains($"url=\"{url}\"", StringComparison.Ordinal));
        return (index + 1, lines[index].IndexOf("<graphic", StringComparison.Ordinal) + 2);
    }
}
