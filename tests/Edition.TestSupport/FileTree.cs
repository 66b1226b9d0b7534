using Xunit;

namespace Edition.TestSupport;

/// <summary>Folders of files for tests: a copy of a project, and the check that two outputs hold the same bytes.</summary>
public static class FileTree
{
    /// <summary>Copies every file below <paramref name="from"/> to the same place below <paramref name="to"/>; returns <paramref name="to"/>.</summary>
    public static string Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }

    /// <summary>Same files, same bytes; a difference is reported as "<c>path</c> <paramref name="differs"/>".</summary>
    public static void AssertSame(string expected, string actual, string differs = "differs")
    {
        var (x, y) = (Snapshot(expected), Snapshot(actual));
        Assert.Equal(x.Keys, y.Keys);
        Assert.All(x, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(y[kv.Key]), $"{kv.Key} {differs}"));
    }

    public static int Count(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length;

    private static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);
}
