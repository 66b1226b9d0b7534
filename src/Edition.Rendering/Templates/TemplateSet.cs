using Edition.Core.Source;

namespace Edition.Rendering.Templates;

/// <summary>
/// Where templates come from: the edition's own <c>templates/</c> folder first (file by file), then the
/// default theme shipped beside the assembly (<c>templates/</c>, copied from the repository). A set lives for
/// one build, so each name is looked up on disk once (every page includes its partials). An edition's file that a
/// link takes outside the project is never used (<see cref="OutsideProject"/> lists them for the build to report), nor
/// is a FIFO, device or socket (<see cref="NotRegularFiles"/>).
/// </summary>
public sealed class TemplateSet(string? projectDirectory, string? defaultDirectory = null)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _found = new(StringComparer.Ordinal);

    public string DefaultDirectory { get; } = defaultDirectory ?? Path.Combine(AppContext.BaseDirectory, "templates");

    public string? OverrideDirectory { get; } = projectDirectory is null ? null : Path.Combine(projectDirectory, "templates");

    /// <summary>
    /// Whether a page whose template is the default theme's, unchanged, may be rendered by the template's compiled C#
    /// form (the same bytes, without Scriban); false: Scriban renders every page (the tests compare the two).
    /// </summary>
    public bool CompiledPages { get; init; } = true;

    /// <summary>The file for a template name such as "html/document.sbn", or null when neither folder has it.</summary>
    public string? Find(string name) => _found.GetOrAdd(name, Look);

    /// <summary>
    /// The default theme's file of a name, then the edition's, those that exist: for files an edition overrides
    /// entry by entry (the labels) rather than whole.
    /// </summary>
    public IReadOnlyList<string> FindEach(string name) =>
        new[] { DefaultDirectory, OverrideDirectory }.Select(dir => In(dir, name)).OfType<string>().ToList();

    private string? Look(string name) => In(OverrideDirectory, name) ?? In(DefaultDirectory, name);

    private string? In(string? dir, string name)
    {
        if (dir is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(dir, name));
        return path.StartsWith(Path.GetFullPath(dir), StringComparison.Ordinal) && File.Exists(path) && IsOwn(dir, path) ? path : null;
    }

    /// <summary>Static files of a theme folder (e.g. "html/assets"), overridden file by file, in a stable order.</summary>
    public IReadOnlyList<(string Relative, string Path)> Assets(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var dir in new[] { DefaultDirectory, OverrideDirectory })
        {
            var root = dir is null ? null : Path.Combine(dir, folder);
            if (root is null || !Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => IsOwn(dir!, f)))
            {
                files[Path.GetRelativePath(root, file).Replace('\\', '/')] = file;
            }
        }

        return files.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    /// <summary>The edition's template and asset files that a link takes outside its project.</summary>
    public IReadOnlyList<string> OutsideProject() =>
        OverrideDirectory is { } dir && Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Where(f => !ProjectContainment.IsInside(projectDirectory!, f)).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The edition's template and asset files that are a FIFO, a device or a socket, with what each is (they are never opened).</summary>
    public IReadOnlyList<(string Path, string Kind)> NotRegularFiles() =>
        OverrideDirectory is { } dir && Directory.Exists(dir)
            ? [.. Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (f, SpecialFiles.Describe(f))).Where(f => f.Item2 is not null).Select(f => (f.f, f.Item2!))]
            : [];

    /// <summary>
    /// A default theme's file is the tool's own; an edition's must lie inside its project. Neither may be a FIFO, a
    /// device or a socket (opening a FIFO blocks for ever).
    /// </summary>
    private bool IsOwn(string dir, string path) => (dir != OverrideDirectory || ProjectContainment.IsInside(projectDirectory!, path)) && !SpecialFiles.IsSpecial(path);
}
