namespace Edition.TestSupport;

/// <summary>Paths of the repository and of the read-only <c>../shared/</c> folder beside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample => Path.Combine(Samples, "mao-stalin-1951");

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>
    /// The shared data folder. Absent in a user's clone: tests skip with a message then, except in CI
    /// (<c>CI=true</c>), where its absence is a failure.
    /// </summary>
    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            if (Directory.Exists(shared))
            {
                return shared;
            }

            if (IsCi)
            {
                throw new InvalidOperationException($"CI=true but the shared data folder is missing: {shared}");
            }

            throw new Xunit.SkipException($"skipped: shared data folder not found at {shared} (it sits beside the repository)");
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Edition.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Edition.sln not found above " + AppContext.BaseDirectory);
    }
}
