using System.Collections.Concurrent;
using System.Text;
using Edition.Core.Caching;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Text;

namespace Edition.Build.Output;

/// <summary>
/// The Write stage; a failed build never leaves a half-written edition behind. Each file is staged as soon as
/// it is made (on the renderers' threads), so a corpus's output never all sits in memory; nothing reaches the
/// output folder before <see cref="Commit"/>. The staging folder becomes the whole new edition: a rebuild with
/// the build cache's manifest writes only the files whose bytes changed and hard-links the others from the old
/// output. The commit exchanges the staging folder and the output folder in one system call, so at every
/// instant, a kill -9 included, the output folder is the old edition or the new one, never a mixture; the old
/// tree, now in the staging folder's place, is deleted after, or by the next build if this one is killed.
/// Disposed without a commit (the build failed), the staged files go and the old output stands.
/// </summary>
public sealed class OutputWriter : IOutputSink, IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly string _old;
    private readonly OutputManifest? _manifest;
    private readonly Dictionary<string, OutputManifest.Entry>? _previous;
    // Each file given, with its manifest line set down in a spill file (a corpus's paths' hashes, sizes and times,
    // megabytes, are not held until the manifest is written at the end).
    private readonly ConcurrentDictionary<string, SpilledBytes?> _produced = new(StringComparer.Ordinal);
    private readonly SpillFile? _lines;
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private Exception? _failure;
    private bool _committed;

    private OutputWriter(string target, string staging, string old, OutputManifest? manifest, Dictionary<string, OutputManifest.Entry>? previous)
    {
        (_target, _staging, _old, _manifest, _previous) = (target, staging, old, manifest, previous);
        _lines = manifest is null ? null : new SpillFile();
    }

    /// <summary>The files given so far, by path relative to the edition's output folder, in ordinal order.</summary>
    public IReadOnlyList<string> Files => _produced.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Repairs and clears what an interrupted build left, reads the manifest, and opens the staging folder; null
    /// (with a diagnostic) when that fails.
    /// </summary>
    /// <param name="manifest">The build cache's record of the last written output (null: stage every file).</param>
    public static OutputWriter? Open(string outputRoot, string editionId, DiagnosticBag diagnostics, OutputManifest? manifest = null)
    {
        var target = Path.GetFullPath(Path.Combine(outputRoot, editionId));
        var staging = Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.staging"));
        var old = Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.old"));
        try
        {
            Recover(target, staging, old, Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.commit")));
            Directory.CreateDirectory(staging);
            var previous = manifest is not null && Directory.Exists(target) ? LoadManifest(manifest, diagnostics) : null;
            return new OutputWriter(target, staging, old, manifest, previous is { Count: > 0 } ? previous : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(BuildDiagnostics.OutputNotWritten.At(SourceSpan.None(target), $"cannot write the output: {e.Message}"));
            return null;
        }
    }

    /// <summary>
    /// What a killed build left beside the output, repaired and cleared before anything else (see <see cref="Recover"/>);
    /// false (with a diagnostic) when that fails.
    /// </summary>
    public static bool Recover(string outputRoot, string editionId, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(Path.Combine(outputRoot, editionId));
        try
        {
            Recover(target, Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.staging")), Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.old")), Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.commit")));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(BuildDiagnostics.OutputNotWritten.At(SourceSpan.None(target), $"cannot write the output: {e.Message}"));
            return false;
        }
    }

    /// <summary>
    /// Stages one file now; one the rebuild finds on disk as the last build wrote it (a file from the build cache
    /// brings its hash, so its bytes are then never read) is linked from the old output instead. A failure is kept
    /// for <see cref="Commit"/>.
    /// </summary>
    public void Add(OutputFile file)
    {
        if (_failure is not null)
        {
            return;
        }

        try
        {
            var path = StagedPath(file.RelativePath);
            if (!_produced.TryAdd(file.RelativePath, null))
            {
                throw new InvalidOperationException($"two output files have the same path: {file.RelativePath}");
            }

            // Each folder made once; a thread that asks while another makes it waits for it.
            _ = _folders.GetOrAdd(Path.GetDirectoryName(path)!, folder => new Lazy<bool>(() => Directory.CreateDirectory(folder).Exists)).Value;
            var unchanged = Unchanged(file);
            var entry = unchanged is not null && Carry(file.RelativePath, path, unchanged)
                ? unchanged
                : Write(path, file, linked: unchanged is not null);
            _produced[file.RelativePath] = entry is null ? null : _lines!.Add(Encoding.UTF8.GetBytes(OutputManifest.Line(file.RelativePath, entry)));
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

            Swap();
            _committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(BuildDiagnostics.OutputNotWritten.At(SourceSpan.None(_target), $"cannot write the output: {e.Message}"));
            return null;
        }

        Tidy();
        return _target;
    }

    /// <summary>Without a commit: the staged files go, the old output stands (an output root the build made goes with its lock: <see cref="BuildLock"/>).</summary>
    public void Dispose()
    {
        _lines?.Dispose();
        if (_committed)
        {
            return;
        }

        try
        {
            Recover(_target, _staging, _old, journal: null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next build clears staging before anything else.
        }
    }

    /// <summary>
    /// After an interrupted build: an old output moved aside by a two-rename commit (where folders cannot be
    /// exchanged) and not yet replaced goes back; staged files, an old tree and a commit journal of earlier
    /// versions of Edition go.
    /// </summary>
    private static void Recover(string target, string staging, string old, string? journal)
    {
        if (!Directory.Exists(target) && Directory.Exists(old))
        {
            Directory.Move(old, target);
        }

        DeleteIfPresent(staging);
        DeleteIfPresent(old);
        foreach (var file in journal is null ? [] : new[] { journal, journal + ".tmp" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    private static Dictionary<string, OutputManifest.Entry>? LoadManifest(OutputManifest manifest, DiagnosticBag diagnostics)
    {
        var entries = manifest.Load();
        if (entries is null)
        {
            diagnostics.Add(BuildDiagnostics.StateDamaged.At(SourceSpan.None(manifest.Path), "the record of the last written output", "this build writes every file anew"));
        }

        return entries;
    }

    private string StagedPath(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(_staging, relative));
        return path.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new IOException($"refusing to write outside the output folder: {relative}");
    }

    /// <summary>The manifest's entry of a file the old output holds with these very bytes, untouched since.</summary>
    private OutputManifest.Entry? Unchanged(OutputFile file) =>
        _previous is not null && _previous.TryGetValue(file.RelativePath, out var entry) && entry.Hash == file.ContentHash && OutputManifest.Untouched(Path.Combine(_target, file.RelativePath), entry)
            ? entry
            : null;

    /// <summary>The old output's file linked into the new tree (the same file, so its manifest entry holds); false where links cannot be made.</summary>
    private bool Carry(string relative, string staged, OutputManifest.Entry entry) =>
        FolderSwap.TryHardLink(Path.Combine(_target, relative), staged) && OutputManifest.Untouched(staged, entry);

    private OutputManifest.Entry? Write(string path, OutputFile file, bool linked)
    {
        // A link Carry made before it found the file changed under it; a file never linked needs no system call.
        if (linked)
        {
            File.Delete(path);
        }

        file.WriteTo(path);
        // A rename keeps size and time, so the entry describes the file in the output too.
        return _manifest is null ? null : OutputManifest.Describe(path, file.ContentHash);
    }

    /// <summary>
    /// The new tree in place of the old in one exchange; where folders cannot be exchanged, two renames, with a
    /// moment without an output folder that the next build repairs (<see cref="Recover"/>).
    /// </summary>
    private void Swap()
    {
        if (!Directory.Exists(_target))
        {
            Directory.Move(_staging, _target);
        }
        else if (!FolderSwap.TryExchange(_staging, _target))
        {
            Directory.Move(_target, _old);
            Directory.Move(_staging, _target);
        }
    }

    /// <summary>After the commit: the old tree goes and the manifest records the new one; neither is the edition, so a failure here fails nothing.</summary>
    private void Tidy()
    {
        try
        {
            DeleteIfPresent(_staging);
            DeleteIfPresent(_old);
            _manifest?.Save(Files, file => Encoding.UTF8.GetString(_lines!.Read(_produced[file]!.Value)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next build removes the old tree; without a manifest it writes every file anew.
        }
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
