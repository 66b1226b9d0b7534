using System.Runtime.InteropServices;
using Edition.TestSupport;

namespace Edition.Cli.Tests;

/// <summary>
/// The tool package as a reader installs it: <c>dotnet pack</c> (the package that names the platform packages) and
/// <c>dotnet pack -r linux-x64</c> (the native one), then <c>dotnet tool install</c> from that folder. On linux-x64 the
/// installed <c>edition</c> is the native executable itself, not a host that loads a dll, and it builds the sample
/// as the managed command does, byte for byte.
/// </summary>
[Collection("console")]
[Trait("Speed", "Slow")]
public sealed class InstalledToolTests : IDisposable
{
    private static readonly byte[] ElfMagic = [0x7F, (byte)'E', (byte)'L', (byte)'F'];
    private readonly string _work = Path.Combine(Path.GetTempPath(), "edition-installed-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [SkippableFact]
    public void TheInstalledToolIsTheNativeBinaryAndBuildsAsTheManagedCommandDoes()
    {
        Skip.IfNot(RuntimeInformation.RuntimeIdentifier == "linux-x64", "skipped: the native package is built for linux-x64 only");
        NativeToolchain.Require();
        var edition = Install(ToolPackages.Pack(_work, [], ["-r", "linux-x64"]));
        AssertNative(edition);

        var version = ExternalTool.Run(edition, ["--version"]);
        Assert.Equal(CliRunner.Run("--version").Out, version.StdOut);

        var installedRun = ExternalTool.Run(edition, ["build", RepoPaths.Sample, "--out", Path.Combine(_work, "installed"), "--no-pdf", "-q"]);
        Assert.True(installedRun.ExitCode == ExitCode.Success, installedRun.StdOut + installedRun.StdErr);
        var (exit, output, err) = CliRunner.Run("build", RepoPaths.Sample, "--out", Path.Combine(_work, "managed"), "--no-pdf", "-q");
        Assert.True(exit == ExitCode.Success, output + err);
        Assert.Equal(output, installedRun.StdOut);
        var managed = Path.Combine(_work, "managed", "mao-stalin-1951");
        Assert.True(FileTree.Count(managed) > 10, $"only {FileTree.Count(managed)} files");
        FileTree.AssertSame(managed, Path.Combine(_work, "installed", "mao-stalin-1951"), "differs between the managed and the installed command");
    }

    private string Install(string packages)
    {
        var tools = Path.Combine(_work, "tools");
        var install = ExternalTool.Run("dotnet", ["tool", "install", "Edition.Cli", "--tool-path", tools, "--add-source", packages], _work, TimeSpan.FromMinutes(5));
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.StdOut + install.StdErr);
        return Path.Combine(tools, "edition");
    }

    /// <summary>The command on the PATH resolves to an ELF executable from the linux-x64 package, with no dll beside it.</summary>
    private static void AssertNative(string command)
    {
        var target = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command;
        var magic = new byte[4];
        using (var file = File.OpenRead(target))
        {
            file.ReadExactly(magic);
        }

        Assert.Equal(ElfMagic, magic);
        Assert.Contains("linux-x64", target, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, "edition.dll"));
    }
}
