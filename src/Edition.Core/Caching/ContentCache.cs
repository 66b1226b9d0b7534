using System.Collections.Concurrent;

namespace Edition.Core.Caching;

/// <summary>
/// Entries keyed by a hash of all their inputs, so a hit is exactly what recomputing would give: held in
/// memory (for the next build of a long-lived process) and, given a folder, on disk, one file per key. New
/// entries reach the disk only when the build succeeds (<see cref="Commit"/>), and entries a build did not
/// ask for are dropped then, so the folder holds one successful build's worth.
/// </summary>
/// <param name="spill">
/// Entries not to hold (a corpus's rendered pages; every entry of a cache that serves one build, whose memory
/// would not outlive it): each is written, as it is put, to a folder of pending
/// entries (moved into place at <see cref="Commit"/>, discarded by <see cref="Discard"/> or the next
/// <see cref="Begin"/> otherwise), and
/// read from disk whenever asked for; none is kept in memory. Needs a folder.
/// </param>
public sealed class ContentCache<T>(string? directory, string extension, Func<T, byte[]> write, Func<byte[], T?> read, bool spill = false)
    where T : class
{
    private readonly KeySet _spilled = new();
    private readonly bool _spill = spill && directory is not null;

    private readonly ConcurrentDictionary<string, T> _memory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, T> _pending = new(StringComparer.Ordinal);
    private readonly KeySet _used = new();
    private readonly ConcurrentDictionary<string, string> _copies = new(StringComparer.Ordinal);
    private readonly List<string> _imported = [];
    private readonly Lock _listing = new();
    private FolderListing? _onDisk;
    private Exception? _writeFailure;
    private int _hits;
    private int _misses;

    /// <summary>A merge of shards: every entry must come from a shard; callers report a miss instead of recomputing.</summary>
    public bool Strict { get; set; }

    public int Hits => _hits;

    public int Misses => _misses;

    /// <summary>Starts a build: counters and the record of used entries begin again.</summary>
    public void Begin()
    {
        // Entries a failed build spilled: never committed, so never valid (and never read: only what this build
        // spills is looked up in the pending folder, so one that cannot be deleted now does no harm).
        _spilled.Clear();
        _writeFailure = null;
        DeletePending();
        _used.Clear();
        _hits = 0;
        _misses = 0;
    }

    /// <param name="counted">Whether the lookup counts in <see cref="Hits"/> and <see cref="Misses"/>.</param>
    public T? Get(string key, bool counted = true)
    {
        _used.Add(key);
        var found = _memory.TryGetValue(key, out var known) ? known : (_spilled.Contains(key) ? Load(PendingFolder, key) : null) ?? Load(directory, key) ?? FromImported(key);
        if (found is not null && !_spill)
        {
            _memory[key] = found;
        }

        if (counted)
        {
            Interlocked.Increment(ref found is null ? ref _misses : ref _hits);
        }

        return found;
    }

    /// <summary>Whether an entry is held, in memory or on disk, without reading it (and without counting as a use).</summary>
    public bool Contains(string key) =>
        _memory.ContainsKey(key) || _spilled.Contains(key) || (directory is not null && OnDisk().Keys.Contains(key)) || _imported.Any(f => File.Exists(Path.Combine(f, key + extension)));

    /// <summary>
    /// Marks an entry used by this build, so it is kept, without reading it; false when it is not held (an entry
    /// of an imported folder is copied here at <see cref="Commit"/>).
    /// </summary>
    public bool Keep(string key)
    {
        if (_memory.ContainsKey(key) || _spilled.Contains(key) || (directory is not null && OnDisk().Keys.Contains(key)))
        {
            _used.Add(key);
            return true;
        }

        foreach (var folder in _imported)
        {
            var path = Path.Combine(folder, key + extension);
            if (File.Exists(path))
            {
                _used.Add(key);
                _copies[key] = path;
                return true;
            }
        }

        return false;
    }

    /// <summary>Kept in memory; on disk only when the build succeeds: a failed build writes nothing.</summary>
    public void Put(string key, T value)
    {
        _used.Add(key);
        if (_spill)
        {
            try
            {
                Directory.CreateDirectory(PendingFolder);
                File.WriteAllBytes(Path.Combine(PendingFolder, key + extension), write(value));
                _spilled.Add(key);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The cache saves work, the build does not depend on it: the entry is not kept, and the next
                // build does its work again (see WriteFailure).
                Interlocked.CompareExchange(ref _writeFailure, e, null);
            }

            return;
        }

        _memory[key] = _pending[key] = value;
    }

    /// <summary>
    /// A build that failed: what it spilled goes now, not at the next <see cref="Begin"/>, so a failed build
    /// leaves no entries on disk. Entries held in memory stay (each is valid by its key).
    /// </summary>
    public void Discard()
    {
        _spilled.Clear();
        DeletePending();
    }

    /// <summary>The first failure to write an entry as it was put, in this build (such an entry is not kept).</summary>
    public Exception? WriteFailure => _writeFailure;

    private void DeletePending()
    {
        try
        {
            if (_spill && Directory.Exists(PendingFolder))
            {
                Directory.Delete(PendingFolder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next Begin: nothing in it is trusted.
        }
    }

    /// <summary>The file that holds an entry now (spilled by this build, committed, or in an imported folder), or null.</summary>
    public string? PathOf(string key)
    {
        if (_spilled.Contains(key))
        {
            return Path.Combine(PendingFolder, key + extension);
        }

        if (directory is not null && OnDisk().Keys.Contains(key))
        {
            return Path.Combine(directory, key + extension);
        }

        return _imported.Select(f => Path.Combine(f, key + extension)).FirstOrDefault(File.Exists);
    }

    private string PendingFolder => Path.Combine(directory!, ".pending");

    /// <summary>
    /// Takes in the entries of another cache folder (a shard's): looked up there when not found here, and copied
    /// here, as they are, if this build uses them. Nothing is read until asked for.
    /// </summary>
    public void Import(string folder)
    {
        if (Directory.Exists(folder))
        {
            _imported.Add(folder);
        }
    }

    private T? FromImported(string key)
    {
        foreach (var folder in _imported)
        {
            if (Load(folder, key) is { } value)
            {
                _copies[key] = Path.Combine(folder, key + extension);
                return value;
            }
        }

        return null;
    }

    /// <summary>After a successful build: its new entries to disk (each written beside and renamed into place, so a
    /// crash never leaves a torn one), and the entries it did not ask for gone from memory and disk.</summary>
    /// <exception cref="IOException">An entry could not be written or moved (what was committed before it stands: each entry is whole or absent).</exception>
    public void Commit()
    {
        try
        {
            CommitEntries();
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException) is { } io)
        {
            // One IOException for callers, as a sequential commit would throw, not the parallel loop's wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(io).Throw();
        }
    }

    private void CommitEntries()
    {
        if (directory is not null && (!_pending.IsEmpty || !_copies.IsEmpty || !_spilled.IsEmpty))
        {
            Directory.CreateDirectory(directory);
            var files = OnDisk();
            Parallel.ForEach(_spilled.Keys().Where(_used.Contains), key =>
            {
                File.Move(Path.Combine(PendingFolder, key + extension), Path.Combine(directory, key + extension), overwrite: true);
                files.Keys.Add(key);
            });
            Parallel.ForEach(_pending.Where(e => _used.Contains(e.Key)), entry =>
            {
                var path = Path.Combine(directory, entry.Key + extension);
                File.WriteAllBytes(path + ".tmp", write(entry.Value));
                File.Move(path + ".tmp", path, overwrite: true);
                files.Keys.Add(entry.Key);
            });
            Parallel.ForEach(_copies.Where(e => _used.Contains(e.Key) && !_pending.ContainsKey(e.Key) && !_spilled.Contains(e.Key)), entry =>
            {
                var path = Path.Combine(directory, entry.Key + extension);
                File.Copy(entry.Value, path + ".tmp", overwrite: true);
                File.Move(path + ".tmp", path, overwrite: true);
                files.Keys.Add(entry.Key);
            });
        }

        DeletePending();
        _spilled.Clear();
        _copies.Clear();
        _imported.Clear();
        _pending.Clear();
        foreach (var key in _memory.Keys.Where(k => !_used.Contains(k)))
        {
            _memory.TryRemove(key, out _);
        }

        if (directory is not null && Directory.Exists(directory))
        {
            var files = OnDisk();
            foreach (var key in files.Keys.Keys().Where(k => !_used.Contains(k)))
            {
                File.Delete(Path.Combine(directory, key + extension));
                files.Keys.Remove(key);
            }

            foreach (var other in files.Others)
            {
                File.Delete(Path.Combine(directory, other));
            }

            files.Others.Clear();
        }
    }

    /// <summary>
    /// The folder's entries, listed once and then kept up to date by this cache (the only writer of its folder), so a
    /// build in a long-lived process does not list thousands of entries to prune a few.
    /// </summary>
    private FolderListing OnDisk()
    {
        lock (_listing)
        {
            return _onDisk ??= ListFolder();
        }
    }

    private FolderListing ListFolder()
    {
        var listed = new FolderListing(new KeySet(), []);
        if (Directory.Exists(directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory!).Select(Path.GetFileName).OfType<string>())
            {
                if (file.EndsWith(extension, StringComparison.Ordinal))
                {
                    listed.Keys.Add(file[..^extension.Length]);
                }
                else
                {
                    listed.Others.Add(file);
                }
            }
        }

        return listed;
    }

    /// <summary>The keys of the folder's entries (files named key + extension), and its other files (pruned at the next commit).</summary>
    private sealed record FolderListing(KeySet Keys, List<string> Others);

    private T? Load(string? folder, string key)
    {
        var path = folder is null ? null : Path.Combine(folder, key + extension);
        return path is not null && File.Exists(path) ? read(File.ReadAllBytes(path)) : null;
    }
}
