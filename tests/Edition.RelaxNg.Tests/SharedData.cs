namespace Edition.RelaxNg.Tests;

/// <summary>
/// The repository root and the read-only <c>../shared/</c> data beside it. A missing folder (or jing, or trang) skips
/// the test with a message, except under <c>CI=true</c>, where it fails. (This project stands alone, like
/// the library: it does not use Edition.TestSupport.)
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : Missing($"shared data folder not found at {shared} (it sits beside the repository)");
        }
    }

    public static string File(params string[] parts)
    {
        var path = Path.Combine([Shared, .. parts]);
        return System.IO.File.Exists(path) ? path : Missing($"shared file missing: {path}");
    }

    public static string Jing => Tool("jing");

    /// <summary>trang, James Clark's schema converter (Debian package trang): RELAX NG XML syntax to compact syntax.</summary>
    public static string Trang => Tool("trang");

    private static string Tool(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, name);
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Missing($"'{name}' is not installed (Debian package {name})");
    }

    private static string Missing(string message)
    {
        if (IsCi)
        {
            throw new InvalidOperationException("CI=true but " + message);
        }

        throw new SkipException("skipped: " + message);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Edition.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Edition.sln not found above " + AppContext.BaseDirectory);
    }
}
