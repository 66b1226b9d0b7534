using System.Runtime.InteropServices;

namespace Edition.Import.Wilson.Export;

/// <summary>
/// What a path names, asked of the file system without opening it: opening a named pipe waits for a writer, and a
/// device such as /dev/zero never ends. .NET's file attributes tell a directory but not a device or a pipe, so this
/// asks Linux's <c>statx</c> (one struct layout on every architecture); elsewhere only directories are told apart.
/// </summary>
internal static partial class FileKind
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int StatxSize = 256;

    /// <returns>"a directory", "a device", "a named pipe (FIFO)", "a socket"; null for a regular file or when it cannot be told (then reading reports what is wrong).</returns>
    public static string? NotARegularFile(string path)
    {
        if (Directory.Exists(path))
        {
            return "a directory";
        }

        return Mode(path) switch
        {
            null => null,
            var m => (m & 0xF000) switch
            {
                0x4000 => "a directory",
                0x2000 or 0x6000 => "a device",
                0x1000 => "a named pipe (FIFO)",
                0xC000 => "a socket",
                _ => null,
            },
        };
    }

    private static int? Mode(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[StatxSize];
        try
        {
            return GlibcStatx(AtCurrentDirectory, path, 0, StatxType, buffer) == 0 ? BitConverter.ToUInt16(buffer, ModeOffset) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl, say): the C library under its plain name, which the runtime resolves itself.
        }

        try
        {
            return LibcStatx(AtCurrentDirectory, path, 0, StatxType, buffer) == 0 ? BitConverter.ToUInt16(buffer, ModeOffset) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>glibc by its file name, so no runtime (JIT or native AOT) needs to map the plain name "libc" to it.</summary>
    [LibraryImport("libc.so.6", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int GlibcStatx(int directory, string path, int flags, uint mask, byte[] buffer);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LibcStatx(int directory, string path, int flags, uint mask, byte[] buffer);
}
