namespace Edition.Cli.Tests;

/// <summary><c>edition validate</c> on files: one rules file per --schematron, so the files that follow are validated; the rules run on a project too; a missing rules file is a usage error; a device is refused unread.</summary>
public sealed class ValidateFilesTests : IDisposable
{
    private const string Rules = """
        <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
          <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
          <pattern><rule context="tei:p"><assert test="not(contains(., 'forbidden'))">a paragraph says 'forbidden'</assert></rule></pattern>
        </schema>
        """;

    private const string BrokenRules = """
        <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
          <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
          <pattern><rule context="tei:p"><assert test="not(contains(., 'forbidden'))">a paragraph says 'forbidden'</assert></rule></pattern>
          <pattern><rule context="tei:title"><assert test="string-length(.) +">never decided</assert></rule></pattern>
        </schema>
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("edition-validate-sch-").FullName;

    [Fact]
    public void TheFilesAfterTheRulesAreValidatedEach()
    {
        var (exit, output, _) = CliRunner.Run("validate", "--schematron", Write("rules.sch", Rules), Tei("a.xml"), Tei("b.xml"));

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains("a.xml(3,", output, StringComparison.Ordinal);
        Assert.Contains("b.xml(3,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRulesRunOnAProjectsDocuments()
    {
        var project = Path.Combine(_root, "p");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: p\ntitle: \"P\"\nlanguages: [en]\n");
        File.Copy(Tei("a.xml"), Path.Combine(project, "documents", "a.xml"));

        var (exit, output, _) = CliRunner.Run("validate", "--schematron", Write("rules.sch", Rules), project);

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains("error ED4001: a paragraph says 'forbidden'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingRulesFileIsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run("validate", "--schematron", Path.Combine(_root, "nope.sch"), Tei("a.xml"));

        Assert.Equal(ExitCode.Usage, exit);
        Assert.Contains("nope.sch: no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesThatDoNotCompileAreAUsageErrorBeforeAnyVerdict()
    {
        var (exit, output, _) = CliRunner.Run("validate", "--schematron", Write("broken.sch", BrokenRules), Tei("a.xml"));

        Assert.Equal(ExitCode.Usage, exit);
        Assert.Matches(@"broken\.sch\(4,\d+\): error ED4217: assert test does not compile", output);
        Assert.DoesNotContain("ED4001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowingIncompleteRulesRunsTheRestWithAWarning()
    {
        var (exit, output, _) = CliRunner.Run("validate", "--allow-incomplete-rules", "--schematron", Write("broken.sch", BrokenRules), Tei("a.xml"));

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains("warning ED4218: 1 rule(s) of 2 skipped", output, StringComparison.Ordinal);
        Assert.Contains("error ED4001: a paragraph says 'forbidden'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesThatDoNotCompileStopAProjectsValidationToo()
    {
        var project = Path.Combine(_root, "p");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: p\ntitle: \"P\"\nlanguages: [en]\n");
        File.Copy(Tei("a.xml"), Path.Combine(project, "documents", "a.xml"));

        var (exit, output, _) = CliRunner.Run("validate", "--schematron", Write("broken.sch", BrokenRules), project);

        Assert.Equal(ExitCode.Usage, exit);
        Assert.Contains("error ED4217", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ED4001", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ADeviceNamedAsAFileIsRefusedWithoutReadingIt()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file types are asked of the kernel on Linux");
        var (exit, _, error) = CliRunner.Run("validate", "--schema", Path.Combine(Edition.TestSupport.RepoPaths.Schemas, "edition.rng"), "/dev/zero");

        Assert.Equal(ExitCode.Usage, exit);
        Assert.Equal("edition: error: file /dev/zero: is a character device, not a regular file", error.Trim());
    }

    private string Tei(string name) => Write(name, $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>{name}</title></titleStmt>
        <publicationStmt><p>T</p></publicationStmt><sourceDesc><p>T</p></sourceDesc></fileDesc></teiHeader>
        <text><body><p>A forbidden word.</p></body></text></TEI>
        """);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
