using System.Runtime.InteropServices;

namespace Edition.Build.Output;

/// <summary>
/// The file-system operations that make a commit all-or-nothing: two folders exchanged by one system call
/// (Linux's <c>renameat2</c> with <c>RENAME_EXCHANGE</c>), so a reader sees the old tree or the new one at
/// every instant, and hard links, so a rebuild's new tree shares the unchanged files of the old one instead
/// of copying them.
/// </summary>
internal static partial class FolderSwap
{
    private const int AtCurrentDirectory = -100; // AT_FDCWD
    private const uint RenameExchange = 2; // RENAME_EXCHANGE

    /// <summary>
    /// Exchanges two existing folders in one step; false where the system or the file system cannot (then
    /// nothing has changed, and the caller falls back to two renames).
    /// </summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library older than renameat2 (glibc 2.28)
        }
    }

    /// <summary>
    /// <paramref name="link"/> made a second name of <paramref name="existing"/>'s file; false where the file
    /// system has no hard links (the caller copies).
    /// </summary>
    public static bool TryHardLink(string existing, string link)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string link);
}
