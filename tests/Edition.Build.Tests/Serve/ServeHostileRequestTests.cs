using System.Net;
using System.Net.Sockets;
using System.Text;
using Edition.Build.Serve;
using Edition.Core.Source.Model;

namespace Edition.Build.Tests.Serve;

/// <summary>
/// <c>edition serve</c> over real sockets: every malformed request is answered with a 4xx (never left hanging, never
/// ending the server), and live-reload connections are bounded and let go when their page goes away.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class ServeHostileRequestTests : IDisposable
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromMilliseconds(100);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-serve-hostile-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly SiteServer _server;

    public ServeHostileRequestTests()
    {
        var project = Incremental.TestCorpus.Synthetic(_root, 1);
        var options = new BuildOptions { ProjectDirectory = project, OutputRoot = Path.Combine(_root, "out"), Validation = ValidationPolicy.Off, Pdf = false, Print = false };
        _server = new SiteServer(options, FreePort(), log: null, Heartbeat);
        Assert.True(_server.Start().Succeeded);
    }

    [Theory]
    [InlineData("GET /%00 HTTP/1.1", 400)]
    [InlineData("GET /documents/d1%00.html HTTP/1.1", 400)]
    [InlineData("GET /%zz HTTP/1.1", 400)]
    [InlineData("GET /index.html% HTTP/1.1", 400)]
    [InlineData("GET /%C3%28 HTTP/1.1", 400)]
    [InlineData("GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1", 400)]
    [InlineData("GET /documents/../../../etc/passwd HTTP/1.1", 400)]
    [InlineData("GET /documents%2f..%2f..%2fetc%2fpasswd HTTP/1.1", 400)]
    [InlineData("GET /a%0Ab HTTP/1.1", 400)]
    [InlineData("POST /index.html HTTP/1.1", 405)]
    [InlineData("DELETE /index.html HTTP/1.1", 405)]
    [InlineData("GET /no-such-page.html HTTP/1.1", 404)]
    [InlineData("GET /index.html HTTP/1.1", 200)]
    public async Task EachRequestIsAnsweredWithItsStatus(string requestLine, int status)
    {
        Assert.Equal(status, await RawStatus(requestLine + "\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n"));
        Assert.Equal(200, await RawStatus("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    }

    [Fact]
    public async Task AnOverlongPathOrAGarbledRequestLineIsRefusedAndTheServerGoesOn()
    {
        Assert.Equal(414, await RawStatus($"GET /{new string('a', RequestPath.MaxLength + 1)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        Assert.InRange(await RawStatus("\u0001\u0002 garbage\r\n\r\n"), 400, 499);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_server.Port}/"), Timeout = TimeSpan.FromSeconds(30) };
        using var head = new HttpRequestMessage(HttpMethod.Head, new Uri("documents/d1.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(head)).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await http.PutAsync(new Uri("index.html", UriKind.Relative), new StringContent("x"))).StatusCode);
        Assert.Contains("Memorandum 1", await http.GetStringAsync(new Uri("documents/d1.html", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveReloadConnectionsThatGoAwayAreReleased()
    {
        var descriptors = OpenDescriptors();
        for (var round = 0; round < 10; round++)
        {
            // 50 pages at once, fewer than the bound, then all closed: 500 in all.
            var pages = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => OpenEvents()));
            Assert.All(pages, p => Assert.Equal(200, p.Status));
            Assert.True(_server.LiveReloadClientCount >= 1);
            foreach (var page in pages)
            {
                page.Client.Dispose();
            }

            await WaitFor(() => _server.LiveReloadClientCount == 0);
            Assert.Equal(0, _server.LiveReloadClientCount);
        }

        // Other tests of the assembly run alongside and open files too: the bound is loose, but 500 sockets kept would exceed it.
        await WaitFor(() => OpenDescriptors() <= descriptors + 100);
        Assert.InRange(OpenDescriptors(), 0, descriptors + 100);
    }

    [Fact]
    public async Task LiveReloadConnectionsAreBounded()
    {
        var pages = await Task.WhenAll(Enumerable.Range(0, LiveReloadClients.MaxClients).Select(_ => OpenEvents()));
        Assert.All(pages, p => Assert.Equal(200, p.Status));

        var refused = await OpenEvents();
        Assert.Equal(503, refused.Status);
        refused.Client.Dispose();

        foreach (var page in pages)
        {
            page.Client.Dispose();
        }

        await WaitFor(() => _server.LiveReloadClientCount == 0);
        var again = await OpenEvents();
        Assert.Equal(200, again.Status);
        again.Client.Dispose();
    }

    public void Dispose()
    {
        _server.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>A page's live-reload connection, open once its status line has come (and, when 200, the first event).</summary>
    private async Task<(TcpClient Client, int Status)> OpenEvents()
    {
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {SiteServer.EventsPath} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        var received = await ReadUntil(stream, text => text.Contains(": connected", StringComparison.Ordinal) || (text.Contains("\r\n\r\n", StringComparison.Ordinal) && !text.StartsWith("HTTP/1.1 200", StringComparison.Ordinal)));
        return (client, Status(received));
    }

    private async Task<int> RawStatus(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        return Status(await ReadUntil(stream, text => text.Contains("\r\n", StringComparison.Ordinal)));
    }

    /// <summary>Reads until the condition holds or the connection closes; a server that never answers fails the test instead of hanging it.</summary>
    private static async Task<string> ReadUntil(NetworkStream stream, Func<string, bool> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var text = new StringBuilder();
        var buffer = new byte[4096];
        while (!done(text.ToString()))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.Latin1.GetString(buffer, 0, read));
        }

        return text.ToString();
    }

    private static int Status(string response) =>
        response.StartsWith("HTTP/1.", StringComparison.Ordinal) && response.Length >= 12 ? int.Parse(response[9..12], System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static int OpenDescriptors() => Directory.GetFiles("/proc/self/fd").Length;

    private static async Task WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
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
