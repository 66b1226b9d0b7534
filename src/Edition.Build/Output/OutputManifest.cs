using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Edition.Build.Output;

/// <summary>
/// The last written output, file by file (content hash, size, modification time), kept in the build cache.
/// A file still matching its entry was not touched since, so its bytes can be carried over unread. The file is
/// state on disk, so untrusted: a first line names its format, its version and a checksum of the rest, and every
/// path must stay inside the output; a manifest that fails any check is discarded whole.
/// </summary>
public sealed class OutputManifest(string path)
{
    private const string Format = "edition-output-manifest";
    private const int Version = 2;

    public sealed record Entry(string Hash, long Length, long Ticks);

    /// <summary>Where the manifest is kept (named in a warning when it is damaged).</summary>
    public string Path { get; } = path;

    public static Entry Describe(string file, string hash)
    {
        var info = new FileInfo(file);
        return new Entry(hash, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    public static bool Untouched(string file, Entry entry)
    {
        var info = new FileInfo(file);
        return info.Exists && info.LinkTarget is null && info.Length == entry.Length && info.LastWriteTimeUtc.Ticks == entry.Ticks;
    }

    /// <summary>The entries; none when there is no manifest; null when it is damaged, of another version, or names a path outside the output.</summary>
    public Dictionary<string, Entry>? Load()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var text = File.ReadAllText(Path, Encoding.UTF8);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var body = newline < 0 ? "" : text[(newline + 1)..];
        return newline >= 0 && text[..newline] == Header(body) ? Parse(body) : null;
    }

    /// <summary>An entry as the manifest's line holds it (line end included).</summary>
    public static string Line(string file, Entry entry) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}\t{entry.Hash}\t{entry.Length}\t{entry.Ticks}\n");

    public void Save(IReadOnlyDictionary<string, Entry> entries) =>
        Save(entries.Keys.Order(StringComparer.Ordinal).ToList(), file => Line(file, entries[file]));

    /// <summary>
    /// Writes each file's line (<paramref name="lineOf"/>, as <see cref="Line"/> makes it), in the order given (ordinal),
    /// one at a time (a corpus's manifest is megabytes: not put together in memory): once to hash them for the first
    /// line, once to write them after it.
    /// </summary>
    public void Save(IReadOnlyList<string> files, Func<string, string> lineOf)
    {
        var hash = new XxHash3();
        foreach (var file in files)
        {
            hash.Append(Encoding.UTF8.GetBytes(lineOf(file)));
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        using (var writer = new StreamWriter(Path + ".tmp", append: false, new UTF8Encoding(false)))
        {
            writer.Write(Header(hash.GetCurrentHashAsUInt64()) + "\n");
            foreach (var file in files)
            {
                writer.Write(lineOf(file));
            }
        }

        File.Move(Path + ".tmp", Path, overwrite: true);
    }

    private static string Header(string body) => Header(XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(body)));

    private static string Header(ulong bodyHash) => $"{Format} {Version} {bodyHash:x16}";

    private static Dictionary<string, Entry>? Parse(string body)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            if (parts.Length != 4 || !IsInside(parts[0]) || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var length) || !long.TryParse(parts[3], CultureInfo.InvariantCulture, out var ticks))
            {
                return null;
            }

            entries[parts[0]] = new Entry(parts[1], length, ticks);
        }

        return entries;
    }

    /// <summary>A relative path with no part that leaves the folder (written with '/', as the build names its files).</summary>
    private static bool IsInside(string relative) =>
        relative.Length > 0 && !System.IO.Path.IsPathRooted(relative) && relative.Split('/', '\\').All(part => part is not ("" or "." or ".."));
}
