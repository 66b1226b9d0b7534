using Edition.TestSupport;
using System.Net;
using System.Net.Sockets;

namespace Edition.Cli.Tests;

/// <summary><c>edition serve</c> on a port it cannot have says so in one line, with exit code 2, before building anything.</summary>
public sealed class ServePortTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("edition-serve-port-").FullName;

    [Fact]
    public void ABusyPortIsOneLineAndExitCode2AndNothingIsBuilt()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var output = Path.Combine(_root, "out");

        var (exit, _, error) = CliRunner.Run("serve", RepoPaths.Sample, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", output);

        Assert.Equal(ExitCode.Usage, exit);
        Assert.Contains($"cannot serve on 127.0.0.1:{port}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "mao-stalin-1951")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("99999")]
    public void APortOutOfRangeIsAUsageError(string port)
    {
        var (exit, _, error) = CliRunner.Run("serve", RepoPaths.Sample, "--port", port, "--out", Path.Combine(_root, "out"));

        Assert.Equal(ExitCode.Usage, exit);
        Assert.Contains("--port must be from 1 to 65535", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
