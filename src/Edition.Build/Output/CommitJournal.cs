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

    /// <summary>
    /// Carries out a journal left by this or an interrupted build; nothing when there is none. A journal is read
    /// as untrusted: one with a line that is not a move or deletion of a path inside the output is not carried out
    /// at all but deleted, and false returned (the build then writes every file that differs from its own).
    /// </summary>
    public static bool Complete(string journal, string staging, string target)
    {
        if (!File.Exists(journal))
        {
            if (File.Exists(journal + ".tmp"))
            {
                File.Delete(journal + ".tmp"); // written halfway, never committed: the staged files are discarded
            }

            return true;
        }

        var steps = Read(journal, target);
        if (steps is null)
        {
            File.Delete(journal);
            return false;
        }

        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (move, relative) in steps)
        {
            var destination = Path.Combine(target, relative);
            if (move)
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

        DeleteEmptied(folders, target);
        File.Delete(journal);
        return true;
    }

    /// <summary>The journal's steps (a move, or else a deletion, of a path relative to the output), or null when a line is not one.</summary>
    private static List<(bool Move, string Relative)>? Read(string journal, string target)
    {
        var steps = new List<(bool, string)>();
        var inside = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var line in File.ReadLines(journal))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var verb = tab < 0 ? "" : line[..tab];
            var relative = line[(tab + 1)..];
            if (verb is not ("move" or "delete") || relative.Length == 0 || Path.IsPathRooted(relative) || !Path.GetFullPath(Path.Combine(inside, relative)).StartsWith(inside, StringComparison.Ordinal))
            {
                return null;
            }

            steps.Add((verb == "move", relative));
        }

        return steps;
    }

    /// <summary>Folders the deletions emptied go too, innermost first, never the output folder itself.</summary>
    private static void DeleteEmptied(HashSet<string> folders, string target)
    {
        foreach (var folder in folders.OrderByDescending(f => f.Length))
        {
            for (var f = folder; f.Length > target.Length && Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any(); f = Path.GetDirectoryName(f)!)
            {
                Directory.Delete(f);
            }
        }
    }
}
