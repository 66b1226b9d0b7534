using System.Runtime.InteropServices;

namespace Edition.Build.Output;

/// <summary>
/// link(2) on Unix: carrying an unchanged file over into the staging folder costs one system call instead
/// of open, write and close. .NET has no hard-link API; where the call is missing or fails, the caller copies.
/// </summary>
internal static partial class HardLink
{
    public static bool TryCreate(string existing, string link)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return NativeLink(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int NativeLink(string existing, string link);
}
