using Edition.TestSupport;

namespace Edition.Cli.Tests;

/// <summary>
/// The native build (<c>dotnet publish src/Edition.Cli -c Release -r linux-x64 -p:PublishAot=true</c>) gives the
/// managed build's output, file for file and byte for byte, for the sample, the facsimile sample (its IIIF tiles and
/// info.json, made by libvips through NetVips) and a FRUS volume, and the same
/// findings and exit code for a broken edition: the templates, sources and rules are read through reflection,
/// which a native build keeps only for the assemblies Edition.Cli roots.
/// </summary>
[Collection("console")]
[Trait("Speed", "Slow")]
public sealed class NativeBuildTests(NativeBuildTests.NativeBinary native) : IClassFixture<NativeBuildTests.NativeBinary>, IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "edition-native-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [SkippableFact]
    public void TheSampleBuildsAsTheManagedBuildDoes()
    {
        AssertSameBuild(RepoPaths.Sample, "mao-stalin-1951");
    }

    /// <summary>Page images are tiled by libvips through NetVips's P/Invoke calls, which the native build must keep.</summary>
    [SkippableFact]
    public void TheFacsimileSampleTilesAsTheManagedBuildDoes()
    {
        AssertSameBuild(Path.Combine(RepoPaths.Samples, "facsimile-letter"), "facsimile-letter");
        var iiif = Path.Combine(_work, "native", "facsimile-letter", "site", "iiif");
        var services = Directory.GetFiles(iiif, "info.json", SearchOption.AllDirectories);
        Assert.Equal(2, services.Length);
        Assert.All(services, info => Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(info)!, "0,0,256,256", "256,256", "0", "default.jpg")), info));
    }

    [SkippableFact]
    public void AFrusVolumeBuildsAsTheManagedBuildDoes()
    {
        var project = Path.Combine(_work, "frus");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.Copy(Path.Combine(RepoPaths.Shared, "corpus", "frus", "frus1894Nicaragua.xml"), Path.Combine(project, "documents", "frus1894Nicaragua.xml"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: frus\ntitle: \"Nicaragua, 1894\"\nlanguages: [en]\nbase_url: \"https://example.org/frus/\"\nvalidation: warn\n");
        AssertSameBuild(project, "frus");
    }

    /// <summary>In every diagnostics format (JSON and SARIF were written by reflection, which a native build refuses).</summary>
    [SkippableFact]
    public void ABrokenEditionFailsAsTheManagedBuildDoes()
    {
        var project = Path.Combine(_work, "broken");
        FileTree.Copy(RepoPaths.Sample, project);
        var yml = Directory.GetFiles(Path.Combine(project, "documents"), "document.yml", SearchOption.AllDirectories)[0];
        File.AppendAllText(yml, "\n  : [unclosed\n");

        foreach (var format in new[] { "text", "json", "sarif" })
        {
            var nativeRun = ExternalTool.Run(native.Executable, ["build", project, "--out", Path.Combine(_work, "native"), "--no-pdf", "--format", format]);
            var (exit, output, _) = CliRunner.Run("build", project, "--out", Path.Combine(_work, "managed"), "--no-pdf", "--format", format);
            Assert.NotEqual(ExitCode.Success, exit);
            Assert.Equal(exit, nativeRun.ExitCode);
            Assert.Equal(output, nativeRun.StdOut);
            Assert.Contains("ED1001", output, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(_work, "native", "mao-stalin-1951")));
        }
    }

    [SkippableFact]
    public void TheYamlSchemasJudgeAsTheManagedBuildDoes()
    {
        // The native build starts JsonSchema.Net on first use (its module initializer is stubbed): the schemas' findings
        // must be the managed build's.
        var project = Path.Combine(_work, "unknown-field");
        FileTree.Copy(RepoPaths.Sample, project);
        File.AppendAllText(Path.Combine(project, "edition.yml"), "\nsubtitel: a misspelt field\nvalidation: strict\n");

        var nativeRun = ExternalTool.Run(native.Executable, ["validate", project]);
        var (exit, output, _) = CliRunner.Run("validate", project);
        Assert.Equal(exit, nativeRun.ExitCode);
        Assert.Equal(output, nativeRun.StdOut);
        Assert.Contains("ED1003", output, StringComparison.Ordinal);
        Assert.Contains("must be one of: error, warn, off", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ShardsAndTheirMergeBuildAsTheManagedBuildDoes()
    {
        // shard.json is written and read by generated JSON code: a native build serializes nothing by reflection.
        var shards = Path.Combine(_work, "shards");
        foreach (var part in new[] { "1/2", "2/2" })
        {
            var run = ExternalTool.Run(native.Executable, ["build", RepoPaths.Sample, "--out", shards, "--shard", part, "-q"]);
            Assert.True(run.ExitCode == ExitCode.Success, run.StdOut + run.StdErr);
        }

        var parts = new[] { "1-of-2", "2-of-2" }.Select(p => Path.Combine(shards, $"mao-stalin-1951.shard-{p}")).ToArray();
        var merge = ExternalTool.Run(native.Executable, ["merge", RepoPaths.Sample, "--out", Path.Combine(_work, "native"), "--no-pdf", "-q", "--shards", .. parts]);
        Assert.True(merge.ExitCode == ExitCode.Success, merge.StdOut + merge.StdErr);
        var (exit, output, err) = CliRunner.Run("build", RepoPaths.Sample, "--out", Path.Combine(_work, "managed"), "--no-pdf", "-q");
        Assert.True(exit == ExitCode.Success, output + err);
        AssertSameFiles("mao-stalin-1951");
    }

    [SkippableFact]
    public void EveryCommandHasHelp()
    {
        foreach (var command in new[] { "build", "validate", "new", "merge", "serve" })
        {
            var run = ExternalTool.Run(native.Executable, [command, "--help"]);
            Assert.Equal(ExitCode.Success, run.ExitCode);
            Assert.Contains("Usage", run.StdOut, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// A native executable runs every module initializer at start-up; NetVips's loaded libvips and its ~150 libraries
    /// for every command. The dynamic loader's trace (LD_DEBUG) names each library it loads.
    /// </summary>
    [SkippableFact]
    public void StartingUpLoadsNoImageLibrary()
    {
        var run = ExternalTool.Run("env", ["LD_DEBUG=libs", native.Executable, "--version"]);
        Assert.Equal(ExitCode.Success, run.ExitCode);
        Assert.Contains("libc.so", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("libvips", run.StdErr, StringComparison.Ordinal);
    }

    private void AssertSameBuild(string project, string id)
    {
        var nativeOut = Path.Combine(_work, "native");
        var nativeRun = ExternalTool.Run(native.Executable, ["build", project, "--out", nativeOut, "--no-pdf", "-q"]);
        Assert.True(nativeRun.ExitCode == ExitCode.Success, nativeRun.StdOut + nativeRun.StdErr);
        var (exit, output, err) = CliRunner.Run("build", project, "--out", Path.Combine(_work, "managed"), "--no-pdf", "-q");
        Assert.True(exit == ExitCode.Success, output + err);
        Assert.Equal(output, nativeRun.StdOut);

        AssertSameFiles(id);
    }

    private void AssertSameFiles(string id)
    {
        var managed = Path.Combine(_work, "managed", id);
        Assert.True(FileTree.Count(managed) > 10, $"only {FileTree.Count(managed)} files");
        FileTree.AssertSame(managed, Path.Combine(_work, "native", id), "differs between the managed and the native build");
    }

    /// <summary>
    /// The native binary, published once for these tests from a copy of the sources (<see cref="SourceCopy"/>),
    /// or the one <c>EDITION_NATIVE_BINARY</c> names, published beforehand from the same sources (a loaded machine
    /// can take longer than the publish's time limit). Needs gcc, libc6-dev and zlib1g-dev (installed by .ci/run).
    /// </summary>
    public sealed class NativeBinary : IDisposable
    {
        private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "edition-native-build-" + Guid.NewGuid().ToString("N"));
        private readonly Lazy<string> _path;

        public NativeBinary() => _path = new Lazy<string>(() => Environment.GetEnvironmentVariable("EDITION_NATIVE_BINARY") is { Length: > 0 } given ? given : Publish());

        public string Executable => _path.Value;

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        private string Publish()
        {
            NativeToolchain.Require();
            var sources = SourceCopy.Into(_folder);
            var output = System.IO.Path.Combine(_folder, "native");
            var publish = ExternalTool.Run("dotnet", ["publish", System.IO.Path.Combine(sources, "src", "Edition.Cli"), "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", output, "--nologo"], sources, TimeSpan.FromMinutes(20));
            Assert.True(publish.ExitCode == 0, "native publish failed:\n" + publish.StdOut + publish.StdErr);
            return System.IO.Path.Combine(output, "edition");
        }
    }
}
