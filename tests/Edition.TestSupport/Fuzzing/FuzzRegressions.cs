namespace Edition.TestSupport.Fuzzing;

/// <summary>
/// The inputs fuzzing once broke a parser with, kept as files under a test project's <c>Fuzz/regressions/NAME/</c>
/// and replayed by its tests. A file whose name starts with <c>skip-</c> is a known failure left to other work: its
/// replay is skipped with the reason in a <c>.reason</c> file beside it.
/// </summary>
public static class FuzzRegressions
{
    /// <summary>Case file names for a theory (one placeholder when there are none, so the theory is never empty).</summary>
    public static IEnumerable<object[]> Cases(string folder)
    {
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder).Where(f => !f.EndsWith(".reason", StringComparison.Ordinal)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
            : [];
        return files.Count == 0 ? [["(none)"]] : files.Select(f => new object[] { f! });
    }

    /// <summary>Replays one case through the same harness as the fuzz run; a skipped case is reported as skipped with its reason.</summary>
    public static void Replay(string folder, string file, Action<byte[]> target)
    {
        if (file == "(none)")
        {
            return;
        }

        var path = Path.Combine(folder, file);
        var reason = path + ".reason";
        Xunit.Skip.If(file.StartsWith("skip-", StringComparison.Ordinal), File.Exists(reason) ? File.ReadAllText(reason).Trim() : "known failure left to other work");
        var (failure, _) = FuzzRunner.Once(target, File.ReadAllBytes(path));
        Xunit.Assert.True(failure is null, $"{path}\n{failure}");
    }
}
