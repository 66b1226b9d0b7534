using Edition.Import.Wilson;
using Edition.TestSupport;

namespace Edition.Import.Tests.Wilson;

/// <summary>The shared seed export (read in place from ../shared) and a pinned-date import of it.</summary>
internal static class Seed
{
    public static readonly DateOnly Pinned = new(2026, 11, 25);

    public static string Path => System.IO.Path.Combine(RepoPaths.Shared, "seeds", "000_952179d84dcc0756.txt");

    public static ImportResult ImportInto(TempProject project, bool force = false, string? id = null) =>
        WilsonImporter.Import(Path, new ImportOptions(project.Directory, id, force, Pinned));
}
