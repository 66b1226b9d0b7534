using Edition.Build.Validation;
using Edition.TestSupport;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Edition.Cli.Tests;

/// <summary>The command line end to end, in process: exit codes, help, output and no output on error.</summary>
[Collection("console")]
public sealed class CliTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "edition-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("new", "--help")]
    [InlineData("merge", "--help")]
    [InlineData("serve", "--help")]
    [InlineData("validate", "--help")]
    [InlineData("import", "wilson", "--help")]
    public void EveryCommandHasHelp(params string[] args)
    {
        var (exit, output, _) = Run(args);
        Assert.Equal(ExitCode.Success, exit);
        Assert.Contains("Usage", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void UnknownOptionIsAUsageError()
    {
        var (exit, _, err) = Run("build", "--no-such-option");
        Assert.Equal(ExitCode.Usage, exit);
        Assert.Contains("--no-such-option", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("half")]
    public void ABadShardIsAUsageError(string shard)
    {
        var (exit, _, err) = Run("build", RepoPaths.Sample, "--out", _work, "--shard", shard);
        Assert.Equal(ExitCode.Usage, exit);
        Assert.Contains("--shard must be i/N", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_work) && Directory.EnumerateFileSystemEntries(_work).Any());
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void ShardsBuildAndMergeFromTheCommandLine()
    {
        var shards = Path.Combine(_work, "shards");
        Assert.Equal(ExitCode.Success, Run("build", RepoPaths.Sample, "--out", shards, "--shard", "1/2", "-q").Exit);
        Assert.Equal(ExitCode.Success, Run("build", RepoPaths.Sample, "--out", shards, "--shard", "2/2", "-q").Exit);
        var one = Path.Combine(shards, "mao-stalin-1951.shard-1-of-2");
        Assert.True(File.Exists(Path.Combine(one, "shard.json")));

        var (missing, output, _) = Run("merge", RepoPaths.Sample, "--out", Path.Combine(_work, "merged"), "--no-pdf", "--shards", one);
        Assert.Equal(ExitCode.InvalidInput, missing);
        Assert.Contains("error ED6102", output, StringComparison.Ordinal);

        var (exit, _, err) = Run("merge", RepoPaths.Sample, "--out", Path.Combine(_work, "merged"), "--no-pdf", "--shards", one, Path.Combine(shards, "mao-stalin-1951.shard-2-of-2"));
        Assert.Equal(ExitCode.Success, exit);
        Assert.True(File.Exists(Path.Combine(_work, "merged", "mao-stalin-1951", "site", "documents", "d1951-06-21.html")), err);
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void BuildsTheSample()
    {
        var (exit, _, err) = Run("build", RepoPaths.Sample, "--out", _work, "--no-pdf");
        Assert.Equal(ExitCode.Success, exit);
        Assert.True(File.Exists(Path.Combine(_work, "mao-stalin-1951", "tei", "d1951-06-21.xml")), err);
    }

    [Fact]
    public void NoPrintLeavesThePrintEditionOutAndNoSiteTheSite()
    {
        Assert.Equal(ExitCode.Success, Run("build", RepoPaths.Sample, "--out", Path.Combine(_work, "site-only"), "--no-print", "-q").Exit);
        var siteOnly = Path.Combine(_work, "site-only", "mao-stalin-1951");
        Assert.True(File.Exists(Path.Combine(siteOnly, "site", "index.html")));
        Assert.True(File.Exists(Path.Combine(siteOnly, "tei", "d1951-06-21.xml")));
        Assert.False(Directory.Exists(Path.Combine(siteOnly, "print")));

        Assert.Equal(ExitCode.Success, Run("build", RepoPaths.Sample, "--out", Path.Combine(_work, "print-only"), "--no-site", "--no-pdf", "-q").Exit);
        var printOnly = Path.Combine(_work, "print-only", "mao-stalin-1951");
        Assert.True(File.Exists(Path.Combine(printOnly, "print", "edition.tex")));
        Assert.False(Directory.Exists(Path.Combine(printOnly, "site")));
    }

    [Fact]
    public void SourceErrorExitsOneWritesNothingAndPrintsCompilerStyle()
    {
        var project = Path.Combine(_work, "bad");
        Assert.Equal(ExitCode.Success, Run("new", project).Exit);
        File.AppendAllText(Path.Combine(project, "documents", "example", "translation.en.md"), "\n{#p9} A paragraph with no counterpart.\n");
        var (exit, output, _) = Run("build", project, "--out", Path.Combine(_work, "out"));
        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Matches(@"translation\.en\.md\(5,1\): error ED2104: segment 'p9' has no counterpart in the original", output);
        Assert.False(Directory.Exists(Path.Combine(_work, "out", "bad")));
    }

    [Fact]
    public void JsonFormatIsMachineReadable()
    {
        var project = Path.Combine(_work, "json");
        Run("new", project);
        File.WriteAllText(Path.Combine(project, "documents", "example", "document.yml"), "title: x\ndate: 1900-02-30\nlanguage: de\n");
        var (exit, output, _) = Run("build", project, "--out", Path.Combine(_work, "out"), "--format", "json");
        Assert.Equal(ExitCode.InvalidInput, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.EnumerateArray(), d => d.GetProperty("code").GetString() == "ED1005" && d.GetProperty("line").GetInt32() == 2);
    }

    [Fact]
    public void SarifFormatNamesRuleAndRegion()
    {
        var project = Path.Combine(_work, "sarif");
        Run("new", project);
        File.AppendAllText(Path.Combine(project, "documents", "example", "original.de.md"), "\n{#p1} Doppelt.\n");
        var (exit, output, _) = Run("build", project, "--out", Path.Combine(_work, "out"), "--format", "sarif");
        Assert.Equal(ExitCode.InvalidInput, exit);
        using var sarif = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "ED2101");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(5, region.GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void NewRefusesAnExistingFolder()
    {
        Directory.CreateDirectory(Path.Combine(_work, "taken"));
        File.WriteAllText(Path.Combine(_work, "taken", "keep.txt"), "mine");
        Assert.Equal(ExitCode.Usage, Run("new", Path.Combine(_work, "taken")).Exit);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_work, "taken", "keep.txt")));
    }
}

/// <summary><c>edition validate</c>: the gate on a project, RELAX NG on files, exit codes 0/1/2.</summary>
[Collection("console")]
public sealed class ValidateCommandTests
{
    private static int Run(params string[] args) => CliRunner.Run(args).Exit;

    [Trait("Speed", "Slow")]
    [Fact]
    public void TheSampleProjectIsValid() => Assert.Equal(ExitCode.Success, Run("validate", RepoPaths.Sample));

    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void GoldenTeiIsValidAgainstTeiAllAndAMutantIsNot()
    {
        var teiAll = Path.Combine(RepoPaths.Shared, "tei", "tei_all.rng");
        var golden = Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Golden", "mao-stalin-1951", "tei", "d1951-06-21.xml");
        Assert.Equal(ExitCode.Success, Run("validate", "--schema", teiAll, golden));
        var mutant = Path.Combine(Path.GetTempPath(), $"mutant-{Guid.NewGuid():N}.xml");
        File.WriteAllText(mutant, File.ReadAllText(golden).Replace("<titleStmt>", "<titleStmt><bogus/>", StringComparison.Ordinal));
        try
        {
            Assert.Equal(ExitCode.InvalidInput, Run("validate", "--schema", teiAll, mutant));
        }
        finally
        {
            File.Delete(mutant);
        }
    }

    [Fact]
    public void ACompactSyntaxSchemaValidatesAndItsErrorsNameItsLine()
    {
        var dir = Directory.CreateTempSubdirectory("edition-rnc").FullName;
        try
        {
            var good = Path.Combine(dir, "good.rnc");
            File.WriteAllText(good, "default namespace = \"urn:x\"\nstart = element doc { item* }\nitem = element item { xsd:integer }");
            var bad = Path.Combine(dir, "bad.rnc");
            File.WriteAllText(bad, "start = element doc {\n  item | other, more\n}");
            var valid = Path.Combine(dir, "valid.xml");
            File.WriteAllText(valid, "<doc xmlns='urn:x'><item>1</item></doc>");
            var invalid = Path.Combine(dir, "invalid.xml");
            File.WriteAllText(invalid, "<doc xmlns='urn:x'><item>one</item></doc>");
            Assert.Equal(ExitCode.Success, Run("validate", "--schema", good, valid));
            Assert.Equal(ExitCode.InvalidInput, Run("validate", "--schema", good, invalid));
            var (exit, output, error) = CliRunner.Run("validate", "--schema", bad, valid);
            Assert.NotEqual(ExitCode.Success, exit);
            Assert.Contains($"{bad}(2,15): error {RelaxNgDiagnostics.CompactSyntax.Id}", output + error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void AMissingSchemaIsAUsageError() => Assert.Equal(ExitCode.Usage, Run("validate", "--schema", "/nonexistent/schema.rng", "x.xml"));
}
