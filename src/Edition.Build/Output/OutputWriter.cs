using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Text;

namespace Edition.Build.Output;

/// <summary>
/// The Write stage: everything goes to a staging folder first and is swapped in only when all of it was
/// written, so a failed build never leaves a half-written edition behind.
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes the files; returns the final folder, or null (with a diagnostic) when writing failed.</summary>
    /// <param name="manifest">The build cache's record of the last written output (null: write every file); a file whose
    /// bytes it lists unchanged, still untouched in the current output, is hard-linked into staging instead of written.</param>
    public static string? Write(string outputRoot, string editionId, IEnumerable<OutputFile> files, DiagnosticBag diagnostics, OutputManifest? manifest = null)
    {
        var target = Path.GetFullPath(Path.Combine(outputRoot, editionId));
        var staging = Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.staging"));
        var old = Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.old"));
        try
        {
            DeleteIfPresent(staging);
            DeleteIfPresent(old);
            Directory.CreateDirectory(staging);
            var paths = files.Select(file => (File: file, Path: Path.GetFullPath(Path.Combine(staging, file.RelativePath)))).ToList();
            foreach (var (file, path) in paths.Where(p => !p.Path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                throw new IOException($"refusing to write outside the output folder: {file.RelativePath}");
            }

            // Thousands of small files (a FRUS volume's pages): folders first, then the files on every core,
            // as per-file system-call latency, not bandwidth, is the cost.
            foreach (var folder in paths.Select(p => Path.GetDirectoryName(p.Path)!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            var previous = manifest?.Load() ?? [];
            var current = new System.Collections.Concurrent.ConcurrentDictionary<string, OutputManifest.Entry>(StringComparer.Ordinal);
            Parallel.ForEach(paths, p =>
            {
                var hash = manifest is null ? "" : OutputManifest.Hash(p.File.Content);
                var old = Path.Combine(target, p.File.RelativePath);
                if (!(manifest is not null && previous.TryGetValue(p.File.RelativePath, out var entry) && entry.Hash == hash && OutputManifest.Untouched(old, entry) && HardLink.TryCreate(old, p.Path)))
                {
                    File.WriteAllBytes(p.Path, p.File.Content);
                }

                if (manifest is not null)
                {
                    current[p.File.RelativePath] = OutputManifest.Describe(p.Path, hash);
                }
            });

            if (Directory.Exists(target))
            {
                Directory.Move(target, old);
            }

            Directory.Move(staging, target);
            DeleteIfPresent(old);
            manifest?.Save(current);
            return target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error("ED6001", SourceSpan.None(target), $"cannot write the output: {e.Message}"));
            DeleteIfPresent(staging);
            if (!Directory.Exists(target) && Directory.Exists(old))
            {
                Directory.Move(old, target);
            }

            return null;
        }
    }

    private static void DeleteIfPresent(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
