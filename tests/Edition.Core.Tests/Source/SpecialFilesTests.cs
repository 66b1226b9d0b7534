using System.Diagnostics;
using System.Net.Sockets;
using Edition.Core.Diagnostics;
using Edition.Core.Source;

namespace Edition.Core.Tests.Source;

/// <summary>
/// A FIFO, a device or a socket is told from a file without opening it (opening a FIFO blocks until a writer comes),
/// and a source that is one is an error at the file, or at the YAML line that names it; never a hang.
/// </summary>
public sealed class SpecialFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("edition-special-").FullName;

    [SkippableFact]
    public void EachKindOfFileIsToldWithoutOpeningIt()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file types are asked of the kernel on Linux");
        var fifo = Fifo("pipe");
        var regular = Path.Combine(_root, "file.txt");
        File.WriteAllText(regular, "text");
        var link = Path.Combine(_root, "link");
        File.CreateSymbolicLink(link, fifo);
        var socketPath = Path.Combine(_root, "socket");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));

        Assert.Equal("a FIFO (named pipe)", SpecialFiles.Describe(fifo));
        Assert.Equal("a FIFO (named pipe)", SpecialFiles.Describe(link));
        Assert.Equal("a character device", SpecialFiles.Describe("/dev/zero"));
        Assert.Equal("a socket", SpecialFiles.Describe(socketPath));
        Assert.Null(SpecialFiles.Describe(regular));
        Assert.Null(SpecialFiles.Describe(_root));
        Assert.Null(SpecialFiles.Describe(Path.Combine(_root, "missing")));
    }

    [SkippableFact]
    public void AFifoIsRefusedUnopenedAsASourceAndAsBytes()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file types are asked of the kernel on Linux");
        var fifo = Fifo("original.en.md");
        var diagnostics = new List<Diagnostic>();

        // Opening it would wait for a writer for ever: the read must end at once.
        var read = Task.Run(() => (SourceText.Read(fifo, "original.en.md", diagnostics), SourceText.ReadBounded(fifo, 100)));
        Assert.True(read.Wait(TimeSpan.FromSeconds(30)), "reading a FIFO blocked");

        Assert.Equal(("", (byte[]?)null), read.Result);
        var error = Assert.Single(diagnostics);
        Assert.Equal(SourceDiagnostics.NotARegularFile.Id, error.Code);
        Assert.Contains("a FIFO (named pipe)", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void AFifoNamedByEditionYmlIsAnErrorAtTheLineThatNamesIt()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file types are asked of the kernel on Linux");
        var project = Path.Combine(_root, "p");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: e\ntitle: \"Letters\"\nlanguages: [en]\nintroduction: intro.md\n");
        Fifo(Path.Combine("p", "intro.md"));
        var bag = new DiagnosticBag();

        var load = Task.Run(() => SourceLoader.Load(project, bag));
        Assert.True(load.Wait(TimeSpan.FromSeconds(30)), "loading a project with a FIFO blocked");

        var error = Assert.Single(bag.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal(SourceDiagnostics.NotARegularFile.Id, error.Code);
        Assert.Equal(("edition.yml", 4), (Path.GetFileName(error.Span.File), error.Span.Line));
        Assert.Equal("intro.md", Path.GetFileName(error.Secondary!.Value.File));
    }

    private string Fifo(string name)
    {
        var path = Path.Combine(_root, name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
