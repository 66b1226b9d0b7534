using Edition.Core.Diagnostics;
using Edition.TestSupport;
using Edition.Tei.Validation;

namespace Edition.Cli.Tests.Diagnostics;

/// <summary><c>edition validate</c>'s own findings: files that are not there, a chosen schema that is not there.</summary>
[Collection("console")]
public sealed class ValidateCommandDiagnosticsTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("edition-validate-codes-").FullName;

    [Fact]
    public void MissingFileIsReportedAndInvalid()
    {
        var missing = Path.Combine(_work, "absent.xml");
        var (exit, output, _) = CliRunner.Run("validate", "--schema", Path.Combine(RepoPaths.Schemas, "edition.rng"), missing);

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains($"absent.xml: error {CommandDiagnostics.FileNotFound.Id}: file not found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ChosenSchemaThatDoesNotExistIsReportedForEachTeiFile()
    {
        var project = Path.Combine(_work, "project");
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Invalid", "_base"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(project, Path.GetRelativePath(Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Invalid", "_base"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(project, "documents", "letter.xml"), """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A TEI letter</title></titleStmt>
            <publicationStmt><p>Invented.</p></publicationStmt><sourceDesc><p>Invented.</p></sourceDesc></fileDesc></teiHeader>
            <text><body><p>Text.</p></body></text></TEI>
            """);
        var (exit, output, _) = CliRunner.Run("validate", project, "--schema", Path.Combine(_work, "absent.rng"));

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Matches($@"letter\.xml\(1,2\): error {ValidationDiagnostics.SchemaNotFound.Id}: schema '.*absent\.rng' chosen for letter\.xml does not exist", output);
        Assert.Contains("tei/doc1.xml(3,2): error ED4106:", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
