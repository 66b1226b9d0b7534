using System.Runtime.InteropServices;

namespace Edition.Core.Source;

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket without opening it: opening a FIFO for reading blocks until
/// a writer comes (forever), and a device can give bytes without end. .NET has no API for a file's type, so on Linux
/// it is asked of the kernel with <c>statx</c> (whose layout, unlike <c>struct stat</c>'s, is the same on every
/// architecture); links are followed, as when the file is read. Where the type cannot be had (another system, an old
/// kernel) every file passes as regular, and the size-bounded reads still keep a device from costing memory.
/// </summary>
public static unsafe class SpecialFiles
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int StatxSize = 256;

    private static readonly delegate* unmanaged<int, byte*, int, uint, byte*, int> Statx = FindStatx();

    /// <summary>
    /// What the path names when that is not a regular file, worded for a message ("a FIFO (named pipe)", "a
    /// character device", "a block device", "a socket"); null for a regular file, a folder, a path that does not
    /// exist, or where the type cannot be told.
    /// </summary>
    public static string? Describe(string path) => (Mode(path) & 0xF000) switch
    {
        0x1000 => "a FIFO (named pipe)",
        0x2000 => "a character device",
        0x6000 => "a block device",
        0xC000 => "a socket",
        _ => null,
    };

    /// <summary>True when the path names a FIFO, a device or a socket (see <see cref="Describe"/>).</summary>
    public static bool IsSpecial(string path) => Describe(path) is not null;

    /// <summary>The file's mode bits (type and permissions), or 0 when unknown.</summary>
    private static int Mode(string path)
    {
        if (Statx == null || string.IsNullOrEmpty(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            return 0;
        }

        var name = System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(path) + "\0");
        var buffer = stackalloc byte[StatxSize];
        fixed (byte* p = name)
        {
            if (Statx(AtCurrentDirectory, p, 0, StatxType, buffer) != 0 || (*(uint*)buffer & StatxType) == 0)
            {
                return 0;
            }
        }

        return *(ushort*)(buffer + StatxModeOffset);
    }

    private static delegate* unmanaged<int, byte*, int, uint, byte*, int> FindStatx()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        foreach (var library in new[] { "libc.so.6", "libc" })
        {
            if (NativeLibrary.TryLoad(library, out var handle) && NativeLibrary.TryGetExport(handle, "statx", out var statx))
            {
                return (delegate* unmanaged<int, byte*, int, uint, byte*, int>)statx;
            }
        }

        return null;
    }
}
