using Xunit;

namespace Edition.TestSupport;

/// <summary>
/// Golden files: expected output committed next to the test. <c>EDITION_UPDATE_GOLDEN=1</c> rewrites them;
/// the diff is then reviewed like code.
/// </summary>
public static class GoldenFile
{
    public static bool Updating => Environment.GetEnvironmentVariable("EDITION_UPDATE_GOLDEN") == "1";

    /// <summary>Compares byte for byte (as UTF-8 text) against the golden file at a path relative to the repo root.</summary>
    public static void AssertText(string relativePath, string actual)
    {
        var path = Path.Combine(RepoPaths.Root, relativePath);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file missing: {relativePath} (run with EDITION_UPDATE_GOLDEN=1 to create it)");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            Assert.Fail($"output differs from golden file {relativePath} at {FirstDifference(expected, actual)} (EDITION_UPDATE_GOLDEN=1 rewrites it)");
        }
    }

    /// <summary>Where two texts first differ, as line and column with both lines shown.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                var col = 0;
                while (col < el.Length && col < al.Length && el[col] == al[col])
                {
                    col++;
                }

                return $"line {i + 1}, column {col + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }

        return "(identical)";
    }
}
