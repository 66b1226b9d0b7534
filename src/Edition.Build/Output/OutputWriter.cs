using System.Collections.Concurrent;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Text;

namespace Edition.Build.Output;

/// <summary>
/// The Write stage; a failed build never leaves a half-written edition behind. Each file is staged as soon as
/// it is made (on the renderers' threads), so a corpus's output never all sits in memory; nothing reaches the
/// output folder before <see cref="Commit"/>. A first build stages everything and swaps the staging folder in.
/// A rebuild with the build cache's manifest stages only the files whose bytes changed, then commits: a journal
/// of the moves and deletions is written atomically and carried out, and an interrupted commit is completed by
/// the next build before anything else, so the output is always the old edition or the new one, never a mixture.
/// Disposed without a commit (the build failed), the staged files go and the old output stands.
/// </summary>
public sealed class OutputWriter : IOutputSink, IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly string _old;
    private readonly string _journal;
    private readonly OutputManifest? _manifest;
    private readonly Dictionary<string, OutputManifest.Entry>? _previous;
    private readonly ConcurrentDictionary<string, OutputManifest.Entry?> _produced = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _staged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private Exception? _failure;
    private bool _committed;

    private OutputWriter(string target, string staging, string old, string journal, OutputManifest? manifest, Dictionary<string, OutputManifest.Entry>? previous)
    {
        (_target, _staging, _old, _journal, _manifest, _previous) = (target, staging, old, journal, manifest, previous);
    }

    /// <summary>The files given so far, by path relative to the edition's output folder, in ordinal order.</summary>
    public IReadOnlyList<string> Files => _produced.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Completes an interrupted commit, clears what an earlier build left staged, and opens the staging folder;
    /// null (with a diagnostic) when that fails.
    /// </summary>
    /// <param name="manifest">The build cache's record of the last written output (null: stage every file, swap the folder).</param>
    public static OutputWriter? Open(string outputRoot, string editionId, DiagnosticBag diagnostics, OutputManifest? manifest = null)
    {
        var target = Path.GetFullPath(Path.Combine(outputRoot, editionId));
        var staging = Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.staging"));
        var old = Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.old"));
        var journal = Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.commit"));
        try
        {
            if (!CommitJournal.Complete(journal, staging, target))
            {
                diagnostics.Add(BuildDiagnostics.JournalDamaged.At(SourceSpan.None(journal)));
            }

            DeleteIfPresent(staging);
            DeleteIfPresent(old);
            Directory.CreateDirectory(staging);
            var previous = manifest is not null && Directory.Exists(target) ? manifest.Load() : null;
            return new OutputWriter(target, staging, old, journal, manifest, previous is { Count: > 0 } ? previous : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(BuildDiagnostics.OutputNotWritten.At(SourceSpan.None(target), $"cannot write the output: {e.Message}"));
            return null;
        }
    }

    /// <summary>
    /// Stages one file now, unless the rebuild finds it on disk as the last build wrote it (a file from the build
    /// cache brings its hash, so its bytes are then never read). A failure is kept for <see cref="Commit"/>.
    /// </summary>
    public void Add(OutputFile file)
    {
        if (_failure is not null)
        {
            return;
        }

        try
        {
            var path = Path.GetFullPath(Path.Combine(_staging, file.RelativePath));
            if (!path.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new IOException($"refusing to write outside the output folder: {file.RelativePath}");
            }

            if (!_produced.TryAdd(file.RelativePath, null))
            {
                throw new InvalidOperationException($"two output files have the same path: {file.RelativePath}");
            }

            if (_previous is not null && _previous.TryGetValue(file.RelativePath, out var entry) && entry.Hash == file.ContentHash && OutputManifest.Untouched(Path.Combine(_target, file.RelativePath), entry))
            {
                _produced[file.RelativePath] = entry;
                return;
            }

            // Each folder made once; a thread that asks while another makes it waits for it.
            _ = _folders.GetOrAdd(Path.GetDirectoryName(path)!, folder => new Lazy<bool>(() => Directory.CreateDirectory(folder).Exists)).Value;

            File.WriteAllBytes(path, file.Content);
            _staged[file.RelativePath] = 0;
            // A move keeps size and time, so the entry describes the file in the output too.
            _produced[file.RelativePath] = _manifest is null ? null : OutputManifest.Describe(path, file.ContentHash);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
        }
    }

    /// <summary>Puts the staged output in place; returns the edition's output folder, or null (with a diagnostic).</summary>
    public string? Commit(DiagnosticBag diagnostics)
    {
        try
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            if (_previous is not null)
            {
                Update();
            }
            else
            {
                Fresh();
            }

            _committed = true;
            return _target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(BuildDiagnostics.OutputNotWritten.At(SourceSpan.None(_target), $"cannot write the output: {e.Message}"));
            return null;
        }
    }

    /// <summary>Without a commit: the staged files go (unless a journal commits them), the old output stands (an output root the build made goes with its lock: <see cref="BuildLock"/>).</summary>
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        try
        {
            if (!File.Exists(_journal))
            {
                DeleteIfPresent(_staging);
            }

            if (!Directory.Exists(_target) && Directory.Exists(_old))
            {
                Directory.Move(_old, _target);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next build clears staging before anything else.
        }
    }

    /// <summary>The staging folder swapped in.</summary>
    private void Fresh()
    {
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, _old);
        }

        Directory.Move(_staging, _target);
        DeleteIfPresent(_old);
        _manifest?.Save(_produced.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal));
    }

    /// <summary>The journal, then the commit.</summary>
    private void Update()
    {
        // Whatever the output holds that this build does not write goes: files of removed documents, and
        // anything put there by hand, so the folder equals a clean build's.
        var produced = _produced.Keys.Select(p => p.Replace('/', Path.DirectorySeparatorChar)).ToHashSet(StringComparer.Ordinal);
        var removed = Directory.EnumerateFiles(_target, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_target, f))
            .Where(f => !produced.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();

        CommitJournal.Write(_journal, _staged.Keys.Order(StringComparer.Ordinal).ToList(), removed);
        CommitJournal.Complete(_journal, _staging, _target);
        DeleteIfPresent(_staging);
        _manifest!.Save(_produced.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal));
    }

    /// <summary>
    /// Removes a folder tree: its files on every core (per-file system-call latency is the cost, as in writing),
    /// then its folders, deepest first.
    /// </summary>
    private static void DeleteIfPresent(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        Parallel.ForEach(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories), File.Delete);
        foreach (var folder in Directory.EnumerateDirectories(path, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length).Append(path))
        {
            Directory.Delete(folder);
        }
    }
}
