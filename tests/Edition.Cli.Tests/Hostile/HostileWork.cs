namespace Edition.Cli.Tests.Hostile;

/// <summary>
/// A case's scratch folder: <c>project/</c>, <c>out/</c>, and what must never change beside them: <c>canary.txt</c>,
/// <c>victim/keep.txt</c>, and <c>outside/</c> (what the case's links point at).
/// </summary>
internal sealed class HostileWork : IDisposable
{
    public HostileWork()
    {
        Directory.CreateDirectory(Out);
        Directory.CreateDirectory(Outside);
        Directory.CreateDirectory(Path.Combine(Root, "victim"));
        File.WriteAllText(Path.Combine(Root, "canary.txt"), "canary\n");
        File.WriteAllText(Path.Combine(Root, "victim", "keep.txt"), "keep\n");
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), "outside secret\n");
        File.WriteAllText(Path.Combine(Outside, "foot.sbn"), "<footer>stolen {{ 1 + 1 }}</footer>\n");
        File.WriteAllText(Path.Combine(Outside, "stolen.css"), "body { color: red; }\n");
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("edition-hostile-").FullName;

    public string Project => System.IO.Path.Combine(Root, "project");

    public string Out => System.IO.Path.Combine(Root, "out");

    public string Outside => System.IO.Path.Combine(Root, "outside");

    public string Expand(string value) => value
        .Replace("{work}", Root, StringComparison.Ordinal)
        .Replace("{project}", Project, StringComparison.Ordinal)
        .Replace("{out}", Out, StringComparison.Ordinal)
        .Replace("{outside}", Outside, StringComparison.Ordinal)
        .Replace("{repo}", Edition.TestSupport.RepoPaths.Root, StringComparison.Ordinal);

    /// <summary>A path of the case: absolute as it stands, else in the project.</summary>
    public string Resolve(string path) => System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(Project, path);

    /// <summary>A copy of a project folder under outside/, for a link to point at.</summary>
    public void KeepOutsideCopyOf(string folder, string name) => Edition.TestSupport.FileTree.Copy(Resolve(folder), System.IO.Path.Combine(Outside, name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
