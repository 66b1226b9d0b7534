using System.Collections.Concurrent;
using System.Diagnostics;

namespace Edition.Rendering.Latex;

/// <summary>Whether fontconfig (which XeTeX asks) knows a font family; asked once per family and process.</summary>
internal static class SystemFonts
{
    private static readonly ConcurrentDictionary<string, bool> Known = new(StringComparer.Ordinal);

    /// <summary>True also where fontconfig is absent: without fc-list nothing can be told, and TeX will say.</summary>
    public static bool Has(string family) => Known.GetOrAdd(family, Ask);

    private static bool Ask(string family)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("fc-list", ["-q", family]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            if (process is null)
            {
                return true;
            }

            process.WaitForExit(10_000);
            return !process.HasExited || process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return true;
        }
    }
}
