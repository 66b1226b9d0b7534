using System.Runtime.InteropServices;
using Edition.Core.Diagnostics;
using Edition.Core.Text;

namespace Edition.Build.Output;

/// <summary>
/// One build at a time writes an edition's output and build cache: <c>edition serve</c> rebuilding while
/// <c>edition build</c> runs on the same folder would otherwise stage, commit and prune each other's files. The
/// lock is <c>&lt;out&gt;/.&lt;folder&gt;.lock</c>, held for the build; the operating system lets go of it when the
/// process ends however it ends, so a crashed build never leaves the edition locked. The file itself stays
/// (deleting it would let a third build lock a new file while a second still holds the old one).
/// </summary>
internal sealed partial class BuildLock : IDisposable
{
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;

    private readonly FileStream _file;
    private readonly string? _madeRoot;

    private BuildLock(FileStream file, string? madeRoot) => (_file, _madeRoot) = (file, madeRoot);

    /// <summary>The lock for the output folder <paramref name="folderName"/> under <paramref name="outputRoot"/>, or null: with ED6003 when another build holds it, ED6004 when it cannot be made.</summary>
    public static BuildLock? Take(string outputRoot, string folderName, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(outputRoot);
        var path = Path.Combine(root, $".{folderName}.lock");
        var madeRoot = Directory.Exists(root) ? null : root;
        var span = SourceSpan.None(Path.Combine(root, folderName));
        FileStream? file = null;
        try
        {
            Directory.CreateDirectory(root);
            // FileShare.None is the lock on Windows; elsewhere .NET's advisory locks are turned off for speed
            // (System.IO.DisableFileLocking), so the lock is taken with flock(2) itself.
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            if (OperatingSystem.IsWindows() || Flock((int)file.SafeFileHandle.DangerousGetHandle(), LockExclusive | LockNonBlocking) == 0)
            {
                return new BuildLock(file, madeRoot);
            }

            var errno = Marshal.GetLastPInvokeError();
            file.Dispose();
            diagnostics.Add(errno == WouldBlock
                ? Busy(span, path)
                : BuildDiagnostics.LockFailed.At(span, $"flock failed with error {errno} (lock: {path})"));
            return null;
        }
        catch (IOException e) when (e.HResult == (OperatingSystem.IsWindows() ? SharingViolation : WouldBlock))
        {
            // Refused by .NET's own lock, where it is on (Windows; a process that leaves file locking on).
            diagnostics.Add(Busy(span, path));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file?.Dispose();
            diagnostics.Add(BuildDiagnostics.LockFailed.At(span, e.Message));
            return null;
        }
    }

    private static readonly int WouldBlock = OperatingSystem.IsMacOS() ? 35 : 11; // EWOULDBLOCK
    private const int SharingViolation = unchecked((int)0x80070020);

    private static Diagnostic Busy(SourceSpan span, string path) => BuildDiagnostics.OutputBusy.At(span, path);

    /// <summary>
    /// Lets go of the lock. A build that made the output root and left nothing in it but the lock (it failed
    /// before writing) takes the root away again, so a failed first build leaves no trace.
    /// </summary>
    public void Dispose()
    {
        var path = _file.Name;
        _file.Dispose();
        try
        {
            if (_madeRoot is not null && Directory.EnumerateFileSystemEntries(_madeRoot).SequenceEqual([path]))
            {
                File.Delete(path);
                Directory.Delete(_madeRoot);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another build came in the meantime: the root is its now.
        }
    }

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);
}
