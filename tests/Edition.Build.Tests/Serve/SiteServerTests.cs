using Edition.Core.Source.Model;
using System.Net;
using System.Net.Sockets;
using Edition.Build.Serve;
using Edition.TestSupport;

namespace Edition.Build.Tests.Serve;

/// <summary>A real server on a free 127.0.0.1 port: pages come with the reload script (the output does not), an edit is rebuilt and served.</summary>
[Trait("Speed", "Slow")]
public sealed class SiteServerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-serve-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task ServesTheSiteAndTheEditAfterARebuild()
    {
        var project = Path.Combine(_root, "project");
        foreach (var file in Directory.GetFiles(RepoPaths.Sample, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(project, Path.GetRelativePath(RepoPaths.Sample, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var options = new BuildOptions { ProjectDirectory = project, OutputRoot = Path.Combine(_root, "out"), Validation = ValidationPolicy.Warn, Pdf = false, Print = false };
        using var server = new SiteServer(options, FreePort());
        Assert.True(server.Start().Succeeded);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/"), Timeout = TimeSpan.FromSeconds(10) };

        var home = await http.GetStringAsync(new Uri("", UriKind.Relative));
        Assert.Contains(SiteServer.EventsPath, home, StringComparison.Ordinal);
        Assert.DoesNotContain(SiteServer.EventsPath, File.ReadAllText(Path.Combine(_root, "out", "mao-stalin-1951", "site", "index.html")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("../../etc/passwd", UriKind.Relative))).StatusCode);

        var page = new Uri("documents/d1951-06-21.html", UriKind.Relative);
        Assert.DoesNotContain("Served after an edit", await http.GetStringAsync(page), StringComparison.Ordinal);
        var text = Path.Combine(project, "documents", "1951-06-21", "translation.en.md");
        File.WriteAllText(text, File.ReadAllText(text).Replace("Stalin", "Served after an edit", StringComparison.Ordinal));

        var deadline = DateTime.UtcNow.AddSeconds(60);
        string served;
        do
        {
            await Task.Delay(250);
            served = await http.GetStringAsync(page);
        }
        // The counter is raised after the new output is swapped in, so a request may see the edit first.
        while ((!served.Contains("Served after an edit", StringComparison.Ordinal) || server.Builds < 2) && DateTime.UtcNow < deadline);
        Assert.Contains("Served after an edit", served, StringComparison.Ordinal);
        Assert.True(server.Builds >= 2);
    }

    [Fact]
    public async Task ABuildRefusedBecauseAnotherHoldsTheOutputIsDoneOnceThatOneEnds()
    {
        var project = Incremental.TestCorpus.Synthetic(_root, 2);
        var output = Path.Combine(_root, "out");
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var other = Edition.Build.Output.BuildLock.Take(output, "synth", new Core.Diagnostics.DiagnosticBag());
        Assert.NotNull(other);
        using var server = new SiteServer(new BuildOptions { ProjectDirectory = project, OutputRoot = output, Validation = ValidationPolicy.Warn, Pdf = false, Print = false }, FreePort(), log.Enqueue);

        // `edition build` in a terminal holds the output as serve starts: refused, said once, tried again.
        Assert.Equal("ED6003", Assert.Single(server.Start().Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error).Code);
        await Task.Delay(2500);
        Assert.Equal(0, server.Builds);
        Assert.Single(log, l => l.Contains("ED6003", StringComparison.Ordinal));

        other.Dispose();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (server.Builds == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, server.Builds);
        Assert.True(File.Exists(Path.Combine(output, "synth", "site", "documents", "d1.html")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
