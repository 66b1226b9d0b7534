using System.Net;

namespace Edition.Build.Serve;

/// <summary>
/// The pages of <c>edition serve</c> listening for reloads (server-sent events), at most <see cref="MaxClients"/> at
/// once. A comment line is sent to each every heartbeat: a page closed since makes that write fail (or not end within
/// <see cref="WriteTimeout"/>), and its connection is then closed and forgotten, so a closed tab keeps no socket.
/// </summary>
internal sealed class LiveReloadClients : IDisposable
{
    /// <summary>The most pages listening at once; the next gets 503 (it still works, without reloading itself).</summary>
    public const int MaxClients = 64;

    public static readonly TimeSpan DefaultHeartbeat = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(5);
    private static readonly byte[] Ping = ": ping\n\n"u8.ToArray();

    private readonly Lock _lock = new();
    private readonly List<HttpListenerResponse> _clients = [];
    private readonly Timer _heartbeat;
    private int _beating;

    public LiveReloadClients(TimeSpan heartbeat) => _heartbeat = new Timer(_ => Beat(), null, heartbeat, heartbeat);

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>Keeps the response open for events; false when <see cref="MaxClients"/> are already listening.</summary>
    public bool TryAdd(HttpListenerResponse response)
    {
        lock (_lock)
        {
            if (_clients.Count >= MaxClients)
            {
                return false;
            }

            _clients.Add(response);
            return true;
        }
    }

    /// <summary>Sends a message to every client at once; those the write fails or stalls for are dropped.</summary>
    public async Task SendAsync(byte[] message)
    {
        List<HttpListenerResponse> clients;
        lock (_lock)
        {
            clients = [.. _clients];
        }

        await Task.WhenAll(clients.Select(c => SendAsync(c, message))).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _heartbeat.Dispose();
        lock (_lock)
        {
            _clients.ForEach(c => c.Abort());
            _clients.Clear();
        }
    }

    private void Beat()
    {
        // A beat still waiting on a stalled client is not overtaken by the next.
        if (Interlocked.Exchange(ref _beating, 1) == 0)
        {
            _ = SendAsync(Ping).ContinueWith(_ => Volatile.Write(ref _beating, 0), TaskScheduler.Default);
        }
    }

    private async Task SendAsync(HttpListenerResponse client, byte[] message)
    {
        try
        {
            await client.OutputStream.WriteAsync(message).AsTask().WaitAsync(WriteTimeout).ConfigureAwait(false);
            await client.OutputStream.FlushAsync().WaitAsync(WriteTimeout).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException or TimeoutException)
        {
            Drop(client);
        }
    }

    private void Drop(HttpListenerResponse client)
    {
        lock (_lock)
        {
            _clients.Remove(client);
        }

        // Closes the connection (a stalled write ends with it) and lets the socket go.
        client.Abort();
    }
}
