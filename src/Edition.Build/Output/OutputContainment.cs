using System.Text.RegularExpressions;
using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Text;

namespace Edition.Build.Output;

/// <summary>
/// Whether a build may replace the folder it is about to write: a build swaps its output folder whole and deletes
/// what it did not write, so that folder must be Edition's own. It may not be the project or hold it, lie outside
/// the output root, be a link to another folder, or be a folder of other files (not empty, and none of what
/// Edition writes there). Checked before anything is touched.
/// </summary>
internal static partial class OutputContainment
{
    /// <summary>What Edition writes at the top of an edition's output folder.</summary>
    private static readonly HashSet<string> EditionEntries = new(StringComparer.Ordinal) { "tei", "site", "print" };

    /// <param name="folderName">The edition's id, or a shard's folder name.</param>
    /// <param name="ownFiles">Whether an entry at the top of the existing folder is one this build writes.</param>
    public static bool Check(string projectDirectory, string outputRoot, string folderName, DiagnosticBag diagnostics, Func<string, bool>? ownFiles = null)
    {
        var root = Path.GetFullPath(outputRoot);
        var folder = Path.GetFullPath(Path.Combine(root, folderName));
        var problem = !Name().IsMatch(folderName) ? $"the edition id '{folderName}' is not a name (letters, digits, '.', '_', '-', not starting with '.'): it would place the output outside '{outputRoot}'"
            : ProjectContainment.IsInside(folder, projectDirectory) ? $"the output folder '{folder}' is the project's folder or holds it: the build would replace the edition's sources; choose another --out or id"
            : new DirectoryInfo(folder).LinkTarget is not null ? $"the output folder '{folder}' is a link to another folder: the build would replace what it points to"
            : ForeignEntry(folder, ownFiles ?? EditionEntries.Contains) is { } foreign ? $"the output folder '{folder}' holds '{foreign}' and is not an Edition output (no tei/, site/ or print/): the build would delete what it holds; choose another --out or id, or empty the folder"
            : null;
        if (problem is not null)
        {
            diagnostics.Add(BuildDiagnostics.OutputNotOwn.At(SourceSpan.None("edition.yml"), problem));
        }

        return problem is null;
    }

    /// <summary>
    /// In an existing folder that holds none of what the build writes at its top, the first entry; null for an
    /// empty folder or an earlier output (whose stray files a rebuild removes, so it equals a clean build).
    /// </summary>
    private static string? ForeignEntry(string folder, Func<string, bool> ownFiles)
    {
        var entries = Directory.Exists(folder) ? Directory.EnumerateFileSystemEntries(folder).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal).ToList() : [];
        return entries.Any(ownFiles) ? null : entries.FirstOrDefault();
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_-][\p{L}\p{N}._-]*$")]
    private static partial Regex Name();
}
