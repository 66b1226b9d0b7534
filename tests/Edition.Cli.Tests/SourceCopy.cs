using Edition.TestSupport;

namespace Edition.Cli.Tests;

/// <summary>
/// The sources a build of the command needs (props, src, schemas, templates), copied out of the repository so a
/// publish or pack run by a test has restore and build folders of its own, not the test run's.
/// </summary>
internal static class SourceCopy
{
    public static string Into(string folder)
    {
        var sources = Path.Combine(folder, "repo");
        Directory.CreateDirectory(sources);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(RepoPaths.Root, file), Path.Combine(sources, file));
        }

        foreach (var file in new[] { "src", "schemas", "templates" }.SelectMany(SourceFiles))
        {
            var target = Path.Combine(sources, Path.GetRelativePath(RepoPaths.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return sources;
    }

    private static IEnumerable<string> SourceFiles(string folder)
    {
        var separator = Path.DirectorySeparatorChar;
        return Directory.GetFiles(Path.Combine(RepoPaths.Root, folder), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal)
                && !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal));
    }
}
