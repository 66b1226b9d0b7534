using System.Diagnostics;
using Edition.Import.Wilson;
using Edition.TestSupport;

namespace Edition.Import.Tests.Wilson;

/// <summary>
/// What is not a regular file is refused before it is opened, at once: a directory, a device that never ends, a
/// named pipe that would block the open; so is a file over the size limit, unread. Each is one diagnostic and the
/// command's usage error.
/// </summary>
public sealed class ExportFileTests : IDisposable
{
    private readonly TempProject _project = new();

    [Fact]
    public void DirectoryIsRefused() => AssertNotAFile(_project.Directory, "a directory");

    [SkippableFact]
    public void DeviceIsRefusedUnread()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/dev/zero"), "needs Linux's /dev/zero");
        AssertNotAFile("/dev/zero", "a character device");
    }

    [SkippableFact]
    public void NamedPipeIsRefusedWithoutWaitingForAWriter()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && ExternalTool.Find("mkfifo") is not null, "needs Linux and mkfifo");
        var fifo = _project.Path_("export.fifo");
        Assert.Equal(0, ExternalTool.Run("mkfifo", [fifo]).ExitCode);

        // Were the pipe opened, the import would wait for a writer for ever: run it aside and give it ten seconds.
        var import = Task.Run(() => Import(fifo));
        Assert.True(import.Wait(TimeSpan.FromSeconds(10)), "the import blocked on the named pipe");
        AssertRefused(import.Result, ImportDiagnostics.NotAFile, "the export is a FIFO (named pipe), not a file");
    }

    [Fact]
    public void FileOverTheLimitIsRefusedUnread()
    {
        var large = _project.Path_("large.txt");
        using (var stream = File.Create(large))
        {
            stream.SetLength(65L * 1024 * 1024); // sparse: no disk used, and never read
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = Import(large);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 1024 * 1024, "the file was read");
        AssertRefused(result, ImportDiagnostics.ExportTooLarge, "the export holds more than 64 MB");
    }

    [Fact]
    public void MissingFileIsAUsageError()
    {
        var result = Import(_project.Path_("absent.txt"));
        AssertRefused(result, ImportDiagnostics.FileUnreadable, "cannot read the export");
    }

    private void AssertNotAFile(string path, string kind)
    {
        var clock = Stopwatch.StartNew();
        var result = Import(path);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        AssertRefused(result, ImportDiagnostics.NotAFile, $"the export is {kind}, not a file");
    }

    private void AssertRefused(ImportResult result, Core.Diagnostics.DiagnosticDescriptor expected, string message)
    {
        Assert.False(result.Succeeded);
        Assert.True(result.ExportUnreadable);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(expected.Id, diagnostic.Code);
        Assert.StartsWith(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(_project.DocumentFolders());
    }

    private ImportResult Import(string path) => WilsonImporter.Import(path, new ImportOptions(_project.Directory, RevisionDate: Seed.Pinned));

    public void Dispose() => _project.Dispose();
}
