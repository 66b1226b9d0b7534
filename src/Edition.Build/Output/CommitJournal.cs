namespace Edition.Build.Output;

/// <summary>
/// The commit of an incremental write, as a file beside the output: which staged files move into it and
/// which of its files go. It is written whole (temporary file, then rename) before the first move, and
/// deleted after the last, so a build killed in between is completed by the next one: every step can be
/// repeated (a move whose file has already moved, a deletion already done, are skipped).
/// </summary>
internal static class CommitJournal
{
    public static void Write(string journal, IReadOnlyList<string> moved, IReadOnlyList<string> removed)
    {
        var lines = moved.Select(m => "move\t" + m).Concat(removed.Select(r => "delete\t" + r));
        File.WriteAllLines(journal + ".tmp", lines);
        File.Move(journal + ".tmp", journal, overwrite: true);
    }

    /// <summary>Carries out a journal left by this or an interrupted build; nothing when there is none.</summary>
    public static void Complete(string journal, string staging, string target)
    {
        if (!File.Exists(journal))
        {
            if (File.Exists(journal + ".tmp"))
            {
                File.Delete(journal + ".tmp"); // written halfway, never committed: the staged files are discarded
            }

            return;
        }

        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(journal))
        {
            var (verb, relative) = (line[..line.IndexOf('\t', StringComparison.Ordinal)], line[(line.IndexOf('\t', StringComparison.Ordinal) + 1)..]);
            var destination = Path.Combine(target, relative);
            if (verb == "move")
            {
                var source = Path.Combine(staging, relative);
                if (File.Exists(source))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    File.Move(source, destination, overwrite: true);
                }
            }
            else if (File.Exists(destination))
            {
                File.Delete(destination);
                folders.Add(Path.GetDirectoryName(destination)!);
            }
        }

        // Folders the deletions emptied go too, innermost first, never the output folder itself.
        foreach (var folder in folders.OrderByDescending(f => f.Length))
        {
            for (var f = folder; f.Length > target.Length && Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any(); f = Path.GetDirectoryName(f)!)
            {
                Directory.Delete(f);
            }
        }

        File.Delete(journal);
    }
}
