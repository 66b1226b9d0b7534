using Edition.TestSupport;

namespace Edition.Build.Tests;

/// <summary>The same sources give byte-identical output, build after build.</summary>
[Trait("Speed", "Slow")]
public sealed class DeterminismTests
{
    [Fact]
    public void TwoBuildsAreByteIdentical()
    {
        var root = Path.Combine(Path.GetTempPath(), "edition-det-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = EditionBuilder.Build(new BuildOptions { ProjectDirectory = RepoPaths.Sample, OutputRoot = Path.Combine(root, "a"), Pdf = false });
            var second = EditionBuilder.Build(new BuildOptions { ProjectDirectory = RepoPaths.Sample, OutputRoot = Path.Combine(root, "b"), Pdf = false });
            Assert.True(first.Succeeded && second.Succeeded);
            var a = Snapshot(first.OutputDirectory!);
            var b = Snapshot(second.OutputDirectory!);
            Assert.Equal(a.Keys, b.Keys);
            foreach (var (file, bytes) in a)
            {
                Assert.True(bytes.SequenceEqual(b[file]), $"{file} differs between two builds");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void RebuildReplacesOutputAndLeavesNoStagingFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "edition-rebuild-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new BuildOptions { ProjectDirectory = RepoPaths.Sample, OutputRoot = root, Pdf = false };
            Assert.True(EditionBuilder.Build(options).Succeeded);
            File.WriteAllText(Path.Combine(root, "mao-stalin-1951", "stale.txt"), "from an earlier build");
            Assert.True(EditionBuilder.Build(options).Succeeded);
            Assert.False(File.Exists(Path.Combine(root, "mao-stalin-1951", "stale.txt")));
            Assert.Equal([".mao-stalin-1951.cache", "mao-stalin-1951"], Directory.GetDirectories(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);
}
