namespace Edition.Benchmarks.Corpus;

/// <summary>The repository root, found upwards from the running assembly (BenchmarkDotNet runs it from a generated folder).</summary>
internal static class Paths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Edition.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? Environment.GetEnvironmentVariable("EDITION_ROOT") ?? throw new InvalidOperationException("Edition.sln not found; set EDITION_ROOT");
        }
    }
}
