using System.Net;
using System.Text;

namespace Edition.Build.Serve;

/// <summary>
/// <c>edition serve</c>: builds the edition, serves its site on 127.0.0.1 only, watches the project and
/// rebuilds (incrementally, through the build cache) after a quiet moment, then tells open pages to reload
/// over server-sent events. The reload script is added to HTML responses only, never to the output. Every request
/// is answered with a status, whatever it holds (<see cref="RequestPath"/>), and the live-reload connections are
/// bounded and let go when their page closes (<see cref="LiveReloadClients"/>).
/// </summary>
public sealed class SiteServer : IDisposable
{
    public const string EventsPath = "/__edition/events";
    private const string ReloadScript = "<script>new EventSource('" + EventsPath + "').onmessage = () => location.reload();</script>";

    private readonly BuildOptions _options;
    private readonly Action<string> _log;
    private readonly HttpListener _listener = new();
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _debounce;
    private readonly LiveReloadClients _clients;
    private string? _site;
    private int _building;
    private bool _waiting;

    public SiteServer(BuildOptions options, int port, Action<string>? log = null)
        : this(options, port, log, LiveReloadClients.DefaultHeartbeat)
    {
    }

    /// <param name="heartbeat">How often the live-reload connections are written to, so closed ones are found (tests shorten it).</param>
    internal SiteServer(BuildOptions options, int port, Action<string>? log, TimeSpan heartbeat)
    {
        _clients = new LiveReloadClients(heartbeat);
        // One session for all the server's builds: a rebuild after an edit re-parses, re-validates, re-reads and
        // re-renders only what the edit changed.
        _options = options with { Session = options.Session ?? new BuildSession() };
        _log = log ?? (_ => { });
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _debounce = new Timer(_ => Rebuild());
        _watcher = new FileSystemWatcher(Path.GetFullPath(options.ProjectDirectory)) { IncludeSubdirectories = true };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
    }

    public int Port { get; }

    /// <summary>Successful builds so far (the first included).</summary>
    public int Builds { get; private set; }

    /// <summary>The live-reload connections open now.</summary>
    internal int LiveReloadClientCount => _clients.Count;

    /// <summary>
    /// The port taken (so a busy one fails at once, before any build: <see cref="HttpListenerException"/>), the first
    /// build, then listening and watching; the build's result (a failed one is served as nothing yet).
    /// </summary>
    public BuildResult Start()
    {
        _listener.Start();
        var result = BuildOnce();
        _ = Task.Run(ListenAsync);
        _watcher.EnableRaisingEvents = true;
        _log($"Serving http://127.0.0.1:{Port}/ (Ctrl+C to stop)");
        return result;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _debounce.Dispose();
        _clients.Dispose();
        _listener.Close();
    }

    private BuildResult BuildOnce()
    {
        var result = EditionBuilder.Build(_options);
        if (!result.Succeeded && result.Diagnostics.Any(d => d.Code == BuildDiagnostics.OutputBusy.Id))
        {
            // Another build (`edition build` in a terminal) is writing the output: build again once it is done,
            // so the edit that started this one is not left unbuilt until the next. Said once per wait.
            if (!_waiting)
            {
                result.Diagnostics.ToList().ForEach(d => _log(d.ToString()));
                _log("serve builds again when that build is done");
            }

            _waiting = true;
            _debounce.Change(1000, Timeout.Infinite);
            return result;
        }

        _waiting = false;
        foreach (var d in result.Diagnostics)
        {
            _log(d.ToString());
        }

        if (result.Succeeded)
        {
            _site = Path.Combine(result.OutputDirectory!, "site");
            Builds++;
        }

        return result;
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // The output (and its cache) may sit inside the project: writing it must not trigger another build.
        var output = Path.GetFullPath(_options.OutputRoot) + Path.DirectorySeparatorChar;
        if (!e.FullPath.StartsWith(output, StringComparison.Ordinal))
        {
            _debounce.Change(200, Timeout.Infinite);
        }
    }

    private void Rebuild()
    {
        if (Interlocked.Exchange(ref _building, 1) == 1)
        {
            _debounce.Change(200, Timeout.Infinite);
            return;
        }

        try
        {
            _log("Change detected: rebuilding");
            if (BuildOnce().Succeeded)
            {
                Notify();
            }
        }
        finally
        {
            Volatile.Write(ref _building, 0);
        }
    }

    private void Notify() => _clients.SendAsync(Encoding.UTF8.GetBytes("data: reload\n\n")).Wait();

    private async Task ListenAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    /// <summary>
    /// Answers one request; whatever the request, with a status (400 malformed, 404 missing, 405 not GET or HEAD, 414
    /// too long, 503 too many live-reload pages, 500 a failure of the server itself), never an exception that would
    /// leave the connection unanswered.
    /// </summary>
    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var (path, status) = RequestPath.Decode(context.Request.RawUrl);
            var method = context.Request.HttpMethod;
            if (path is null || method is not ("GET" or "HEAD"))
            {
                Refuse(response, path is null ? status : 405);
            }
            else if (path == EventsPath)
            {
                Listen(response);
            }
            else if (Resolve(path) is { } file)
            {
                Serve(response, file, method == "HEAD");
            }
            else
            {
                Refuse(response, 404);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException or UnauthorizedAccessException or InvalidOperationException)
        {
            response.Abort();
        }
        catch (Exception e)
        {
            // Every request is answered: a failure of the server's own is a 500, not a connection left hanging.
            _log($"edition serve: {context.Request.RawUrl}: {e.GetType().Name}: {e.Message}");
            Refuse(response, 500);
        }
    }

    private static void Refuse(HttpListenerResponse response, int status)
    {
        try
        {
            response.StatusCode = status;
            if (status == 405)
            {
                response.Headers["Allow"] = "GET, HEAD";
            }

            response.ContentType = "text/plain; charset=utf-8";
            response.Close(Encoding.UTF8.GetBytes(status switch
            {
                404 => "not found",
                405 => "method not allowed",
                414 => "path too long",
                503 => "too many live-reload connections",
                500 => "internal error",
                _ => "bad request",
            }), willBlock: true);
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            response.Abort();
        }
    }

    /// <summary>A page's live-reload connection: kept open for events, at most <see cref="LiveReloadClients.MaxClients"/>.</summary>
    private void Listen(HttpListenerResponse response)
    {
        if (_clients.Count >= LiveReloadClients.MaxClients)
        {
            Refuse(response, 503);
            return;
        }

        response.ContentType = "text/event-stream";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        response.OutputStream.Write(": connected\n\n"u8);
        response.OutputStream.Flush();
        if (!_clients.TryAdd(response))
        {
            response.Abort();
        }
    }

    private static void Serve(HttpListenerResponse response, string file, bool headOnly)
    {
        var bytes = File.ReadAllBytes(file);
        response.ContentType = MediaTypes.For(file);
        response.Headers["Cache-Control"] = "no-store";
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes);
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            bytes = Encoding.UTF8.GetBytes(at < 0 ? html + ReloadScript : html.Insert(at, ReloadScript));
        }

        if (headOnly)
        {
            response.ContentLength64 = bytes.Length;
            response.Close();
            return;
        }

        response.Close(bytes, willBlock: true);
    }

    /// <summary>The file under the site for a URL path; folders give their index.html; nothing outside the site.</summary>
    private string? Resolve(string urlPath)
    {
        if (_site is null)
        {
            return null;
        }

        var root = Path.GetFullPath(_site);
        var full = Path.GetFullPath(Path.Combine(root, urlPath.TrimStart('/')));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }
}
