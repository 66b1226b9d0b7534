using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Text;

namespace Edition.Build.Output;

/// <summary>
/// The Write stage; a failed build never leaves a half-written edition behind. A first build writes
/// everything to a staging folder and swaps it in. A rebuild with the build cache's manifest writes only the
/// files whose bytes changed (to staging), then commits: a journal of the moves and deletions is written
/// atomically and carried out, and an interrupted commit is completed by the next build before anything
/// else, so the output is always the old edition or the new one, never a mixture.
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes the files; returns the final folder, or null (with a diagnostic) when writing failed.</summary>
    /// <param name="manifest">The build cache's record of the last written output (null: write every file, swap the folder).</param>
    public static string? Write(string outputRoot, string editionId, IEnumerable<OutputFile> files, DiagnosticBag diagnostics, OutputManifest? manifest = null)
    {
        var target = Path.GetFullPath(Path.Combine(outputRoot, editionId));
        var staging = Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.staging"));
        var old = Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.old"));
        var journal = Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.commit"));
        try
        {
            CommitJournal.Complete(journal, staging, target);
            DeleteIfPresent(staging);
            DeleteIfPresent(old);
            var paths = files.Select(file => (File: file, Relative: file.RelativePath, Path: Path.GetFullPath(Path.Combine(staging, file.RelativePath)))).ToList();
            foreach (var (file, _, path) in paths.Where(p => !p.Path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                throw new IOException($"refusing to write outside the output folder: {file.RelativePath}");
            }

            var previous = manifest is not null && Directory.Exists(target) ? manifest.Load() : null;
            if (previous is { Count: > 0 })
            {
                Update(target, staging, journal, paths, previous, manifest!);
            }
            else
            {
                Fresh(target, staging, old, paths, manifest);
            }

            return target;
        }
        catch (Exception e) when (IoFailure(e) is { } failure)
        {
            diagnostics.Add(Diagnostic.Error("ED6001", SourceSpan.None(target), $"cannot write the output: {failure.Message}"));
            if (!File.Exists(journal))
            {
                DeleteIfPresent(staging); // not committed: the old output stands as it was
            }

            if (!Directory.Exists(target) && Directory.Exists(old))
            {
                Directory.Move(old, target);
            }

            return null;
        }
    }

    /// <summary>The file-system failure behind an exception (files are written on every core, so it may come wrapped).</summary>
    private static Exception? IoFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException a => a.Flatten().InnerExceptions.Select(IoFailure).FirstOrDefault(x => x is not null),
        _ => null,
    };

    /// <summary>Every file into staging, then the folder swapped in.</summary>
    private static void Fresh(string target, string staging, string old, List<(OutputFile File, string Relative, string Path)> paths, OutputManifest? manifest)
    {
        Directory.CreateDirectory(staging);
        CreateFolders(paths.Select(p => p.Path));
        var current = new System.Collections.Concurrent.ConcurrentDictionary<string, OutputManifest.Entry>(StringComparer.Ordinal);

        // Thousands of small files (a FRUS volume's pages): written on every core, as per-file system-call
        // latency, not bandwidth, is the cost.
        Parallel.ForEach(paths, p =>
        {
            File.WriteAllBytes(p.Path, p.File.Content);
            if (manifest is not null)
            {
                current[p.Relative] = OutputManifest.Describe(p.Path, p.File.ContentHash);
            }
        });

        if (Directory.Exists(target))
        {
            Directory.Move(target, old);
        }

        Directory.Move(staging, target);
        DeleteIfPresent(old);
        manifest?.Save(current);
    }

    /// <summary>Only changed files into staging; then the journal; then the commit.</summary>
    private static void Update(string target, string staging, string journal, List<(OutputFile File, string Relative, string Path)> paths, Dictionary<string, OutputManifest.Entry> previous, OutputManifest manifest)
    {
        var current = new System.Collections.Concurrent.ConcurrentDictionary<string, OutputManifest.Entry>(StringComparer.Ordinal);
        var changed = new System.Collections.Concurrent.ConcurrentBag<(OutputFile File, string Relative, string Path, string Hash)>();
        Parallel.ForEach(paths, p =>
        {
            // A file from the build cache brings its hash: unchanged on disk, its bytes are never read.
            var hash = p.File.ContentHash;
            if (previous.TryGetValue(p.Relative, out var entry) && entry.Hash == hash && OutputManifest.Untouched(Path.Combine(target, p.Relative), entry))
            {
                current[p.Relative] = entry;
            }
            else
            {
                changed.Add((p.File, p.Relative, p.Path, hash));
            }
        });

        var written = changed.OrderBy(c => c.Relative, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(staging);
        CreateFolders(written.Select(c => c.Path));
        Parallel.ForEach(written, c =>
        {
            File.WriteAllBytes(c.Path, c.File.Content);
            current[c.Relative] = OutputManifest.Describe(c.Path, c.Hash); // a move keeps size and time
        });

        // Whatever the output holds that this build does not write goes: files of removed documents, and
        // anything put there by hand, so the folder equals a clean build's.
        var produced = paths.Select(p => p.Relative.Replace('/', Path.DirectorySeparatorChar)).ToHashSet(StringComparer.Ordinal);
        var removed = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(target, f))
            .Where(f => !produced.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();

        CommitJournal.Write(journal, written.Select(c => c.Relative).ToList(), removed);
        CommitJournal.Complete(journal, staging, target);
        DeleteIfPresent(staging);
        manifest.Save(current);
    }

    private static void CreateFolders(IEnumerable<string> files)
    {
        foreach (var folder in files.Select(p => Path.GetDirectoryName(p)!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
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
