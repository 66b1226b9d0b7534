using System.Diagnostics;
using System.Globalization;

namespace Edition.Rendering.Latex;

/// <summary>
/// The temporary folder a PDF is compiled in, named by the process that made it (<c>edition-latex-&lt;pid&gt;-…</c>),
/// so that the folders of a build that was killed before it could clean up are found and removed by the next.
/// </summary>
internal static class LatexWorkFolder
{
    private const string Prefix = "edition-latex-";

    public static string Create()
    {
        RemoveOrphans();
        return Directory.CreateTempSubdirectory(Prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-").FullName;
    }

    /// <summary>Folders whose process no longer runs (a pid reused since is a live process: its folder stays, harmlessly).</summary>
    private static void RemoveOrphans()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var pid = Path.GetFileName(folder)[Prefix.Length..].Split('-')[0];
            if (int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && !IsRunning(id))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another user's, or being removed by another build: not this build's to clear.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
