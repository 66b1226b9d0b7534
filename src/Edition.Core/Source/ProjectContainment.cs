namespace Edition.Core.Source;

/// <summary>
/// Whether a file or folder the sources name lies inside the project, links followed: an edition publishes its own
/// files only, never one a path or a link reaches outside it (<c>introduction: ../../etc/passwd</c>, a link in
/// <c>documents/</c> to another folder).
/// </summary>
public static class ProjectContainment
{
    /// <summary>How many links one path may pass through before it is taken as a loop.</summary>
    private const int MaxLinks = 40;

    /// <summary>Whether <paramref name="path"/> is <paramref name="projectRoot"/> or lies below it, both with their links followed.</summary>
    public static bool IsInside(string projectRoot, string path)
    {
        var root = Real(projectRoot);
        var real = Real(path);
        return real == root || real.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The path with every link along it followed (what POSIX realpath gives; for parts that exist).</summary>
    public static string Real(string path)
    {
        var links = 0;
        var pending = new Stack<string>(Path.GetFullPath(path).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = Path.GetPathRoot(Path.GetFullPath(path))!;
        while (pending.TryPop(out var part))
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null || ++links > MaxLinks)
            {
                current = Path.GetFullPath(next);
                continue;
            }

            // The link's target stands in for it, and is walked part by part in its turn.
            var resolved = Path.GetFullPath(target, current);
            foreach (var p in resolved.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(p);
            }

            current = Path.GetPathRoot(resolved)!;
        }

        return current;
    }
}
