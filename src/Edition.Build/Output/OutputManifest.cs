namespace Edition.Build.Output;

/// <summary>
/// The last written output, file by file (content hash, size, modification time), kept in the build cache.
/// A file still matching its entry was not touched since, so its bytes can be carried over unread.
/// </summary>
public sealed class OutputManifest(string path)
{
    public sealed record Entry(string Hash, long Length, long Ticks);

    public static Entry Describe(string file, string hash)
    {
        var info = new FileInfo(file);
        return new Entry(hash, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    public static bool Untouched(string file, Entry entry)
    {
        var info = new FileInfo(file);
        return info.Exists && info.Length == entry.Length && info.LastWriteTimeUtc.Ticks == entry.Ticks;
    }

    public Dictionary<string, Entry> Load()
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return entries;
        }

        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length == 4 && long.TryParse(parts[2], out var length) && long.TryParse(parts[3], out var ticks))
            {
                entries[parts[0]] = new Entry(parts[1], length, ticks);
            }
        }

        return entries;
    }

    public void Save(IReadOnlyDictionary<string, Entry> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path + ".tmp", entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}\t{e.Value.Hash}\t{e.Value.Length}\t{e.Value.Ticks}"));
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
