using System.Diagnostics;
using Edition.Core.Diagnostics;
using Edition.Tei.Encoding;
using Edition.Tei.Validation;

namespace Edition.Cli.Tests;

/// <summary>
/// A FIFO, a device or an unreadable file named on the command line is one line and exit code 2, before anything is
/// read; in a project it is an error at the file; a schema larger than its limit is refused unread. Never a hang.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("edition-special-cli-").FullName;

    [SkippableTheory]
    [InlineData("--schema", "fifo")]
    [InlineData("--schema", "/dev/zero")]
    [InlineData("--schematron", "fifo")]
    [InlineData("--tei-all", "fifo")]
    [InlineData("", "fifo")]
    public void ValidateRefusesAFifoOrADeviceInOneLine(string option, string file)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file types are asked of the kernel on Linux");
        var special = file == "fifo" ? Fifo("special.xml") : file;
        string[] args = option == "" ? ["validate", "--schema", Schema(), special] : ["validate", option, special, "--schema", Schema(), Tei()];
        if (option == "--schema")
        {
            args = ["validate", "--schema", special, Tei()];
        }

        var (exit, output, error) = Run(args);

        Assert.Equal(ExitCode.Usage, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("edition: error: ", line, StringComparison.Ordinal);
        Assert.Contains(file == "fifo" ? "is a FIFO (named pipe), not a regular file" : "is a character device, not a regular file", line, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void BuildRefusesASchemaThatIsAFifoInOneLine()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file types are asked of the kernel on Linux");
        var (exit, _, error) = Run("build", Project(), "--schema", Fifo("schema.rng"), "--out", Path.Combine(_root, "out"));

        Assert.Equal(ExitCode.Usage, exit);
        Assert.Contains("schema.rng: is a FIFO (named pipe), not a regular file", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void AFifoAmongTheTeiFilesOrTemplatesOfAProjectIsAnErrorAtIt()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file types are asked of the kernel on Linux");
        var project = Project();
        Fifo(Path.Combine("p", "documents", "piped.xml"));

        var (exit, output, _) = Run("build", project, "--out", Path.Combine(_root, "out"), "--no-pdf");

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains($"piped.xml(1,1): error {EncodingDiagnostics.XmlNotARegularFile.Id}", output, StringComparison.Ordinal);

        File.Delete(Path.Combine(project, "documents", "piped.xml"));
        Directory.CreateDirectory(Path.Combine(project, "templates", "html"));
        Fifo(Path.Combine("p", "templates", "html", "_head.sbn"));
        (exit, output, _) = Run("build", project, "--out", Path.Combine(_root, "out"), "--no-pdf");

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains($"_head.sbn: error {Core.Diagnostics.SourceDiagnostics.NotARegularFile.Id}", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ASchemaThatIncludesAFifoCannotBeUsed()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file types are asked of the kernel on Linux");
        Fifo("part.rng");
        var schema = Path.Combine(_root, "main.rng");
        File.WriteAllText(schema, """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="part.rng"/><start><element name="TEI"><empty/></element></start></grammar>
            """);

        var (exit, _, error) = Run("validate", "--schema", schema, Tei());

        Assert.Equal(ExitCode.Usage, exit);
        Assert.Contains("part.rng': it is a FIFO (named pipe), not a regular file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ASchemaOrAFileLargerThanItsLimitIsRefusedUnread()
    {
        // Sparse files: their sizes say more than the limits, and they take neither disk nor (unread) memory.
        var schema = Sparse("huge.rng", SchemaFiles.MaxBytes + 1L);
        var (exit, _, error) = Run("validate", "--schema", schema, Tei());

        Assert.Equal(ExitCode.Usage, exit);
        Assert.Contains("huge.rng: it holds more than 64 MB", error, StringComparison.Ordinal);

        var tei = Sparse("huge.xml", EncodingDiagnostics.MaxXmlBytes + 1L);
        (exit, var output, _) = Run("validate", "--schema", Schema(), tei);

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains($"huge.xml(1,1): error {EncodingDiagnostics.TeiTooLarge.Id}", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void AnUnreadableFileIsOneLine()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName == "root")
        {
            throw new SkipException("root reads every file; file modes are Unix's");
        }

        var rules = Path.Combine(_root, "rules.sch");
        File.WriteAllText(rules, "<schema xmlns=\"http://purl.oclc.org/dsdl/schematron\"/>");
        File.SetUnixFileMode(rules, UnixFileMode.None);

        var (exit, _, error) = Run("validate", "--schematron", rules, Tei());

        Assert.Equal(ExitCode.Usage, exit);
        Assert.Contains("rules.sch: cannot be read", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The command run in process, given a minute: a read that blocks on a FIFO fails the test instead of hanging it.</summary>
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(TimeSpan.FromMinutes(1)), "the command blocked");
        return run.Result;
    }

    private string Project()
    {
        var project = Path.Combine(_root, "p");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: p\ntitle: \"P\"\nlanguages: [en]\nvalidation: off\n");
        File.Copy(Tei(), Path.Combine(project, "documents", "a.xml"), overwrite: true);
        return project;
    }

    private static string Schema() => Path.Combine(Edition.TestSupport.RepoPaths.Schemas, "edition.rng");

    private string Tei()
    {
        var path = Path.Combine(_root, "a.xml");
        File.WriteAllText(path, """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A</title></titleStmt>
            <publicationStmt><p>T</p></publicationStmt><sourceDesc><p>T</p></sourceDesc></fileDesc></teiHeader>
            <text><body><p>Text.</p></body></text></TEI>
            """);
        return path;
    }

    private string Sparse(string name, long length)
    {
        var path = Path.Combine(_root, name);
        using var file = File.Create(path);
        file.SetLength(length);
        return path;
    }

    private string Fifo(string name)
    {
        var path = Path.Combine(_root, name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }
}
