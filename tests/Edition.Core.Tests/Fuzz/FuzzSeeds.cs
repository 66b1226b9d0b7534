using Edition.TestSupport;

namespace Edition.Core.Tests.Fuzz;

/// <summary>The real files the Core fuzzers start from: the sample edition, the invalid editions, the markup spec.</summary>
internal static class FuzzSeeds
{
    public static string Regressions(string name) => Path.Combine(RepoPaths.Root, "tests", "Edition.Core.Tests", "Fuzz", "regressions", name);

    public static IReadOnlyList<byte[]> Files(string pattern, params string[] extra) =>
        [.. new[] { RepoPaths.Sample, Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Invalid") }
            .SelectMany(d => Directory.GetFiles(d, pattern, SearchOption.AllDirectories))
            .Concat(extra)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)];
}
