using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Edition.Core.Diagnostics;
using Edition.Tei.Encoding;

namespace Edition.Tei.Validation;

/// <summary>
/// One document's RELAX NG and Schematron findings, kept between builds by a key naming every input of
/// them (the TEI bytes, where its elements came from in the author's files, the schemas' files, the rules,
/// the options and the tool), in memory and, given a folder, on disk. Integrity checks span documents and
/// are never cached. A hit gives exactly the findings a fresh run would report.
/// </summary>
public sealed class ValidationCache(string? directory)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly ConcurrentDictionary<string, Diagnostic[]> _memory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Diagnostic[]> _pending = new(StringComparer.Ordinal);
    private int _hits;
    private int _misses;

    /// <summary>A merge of shards: every file's findings must come from a shard; a miss is an error, not a validation.</summary>
    public bool Strict { get; set; }

    public int Hits => _hits;

    public int Misses => _misses;

    /// <summary>Starts a build: counters and the record of used entries begin again.</summary>
    public void Begin()
    {
        _used.Clear();
        _hits = 0;
        _misses = 0;
    }

    public IReadOnlyList<Diagnostic>? Get(string key)
    {
        _used[key] = 0;
        if (_memory.TryGetValue(key, out var findings) || (directory is not null && TryRead(key, out findings)))
        {
            _memory[key] = findings!;
            Interlocked.Increment(ref _hits);
            return findings;
        }

        Interlocked.Increment(ref _misses);
        return null;
    }

    /// <summary>Takes in the entries of another cache folder (a shard's), to be written here if this build uses them.</summary>
    public void Import(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            var key = Path.GetFileNameWithoutExtension(file);
            var other = new ValidationCache(folder);
            if (other.TryRead(key, out var findings))
            {
                _memory[key] = _pending[key] = findings!;
            }
        }
    }

    /// <summary>Kept in memory; on disk only when the build succeeds (<see cref="Commit"/>): a failed build writes nothing.</summary>
    public void Put(string key, IReadOnlyList<Diagnostic> findings)
    {
        var array = findings.ToArray();
        _memory[key] = array;
        _pending[key] = array;
    }

    /// <summary>After a successful build: new entries to disk, and entries it did not use (edited documents, changed schemas) gone.</summary>
    public void Commit()
    {
        if (directory is not null && !_pending.IsEmpty)
        {
            Directory.CreateDirectory(directory);
            Parallel.ForEach(_pending.Where(e => _used.ContainsKey(e.Key)), entry =>
            {
                var path = Path.Combine(directory, entry.Key + ".json");
                File.WriteAllBytes(path + ".tmp", JsonSerializer.SerializeToUtf8Bytes(entry.Value, Json));
                File.Move(path + ".tmp", path, overwrite: true);
            });
        }

        _pending.Clear();

        foreach (var key in _memory.Keys.Where(k => !_used.ContainsKey(k)))
        {
            _memory.TryRemove(key, out _);
        }

        if (directory is not null && Directory.Exists(directory))
        {
            foreach (var file in Directory.GetFiles(directory, "*.json").Where(f => !_used.ContainsKey(Path.GetFileNameWithoutExtension(f))))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The key of one document's findings; <paramref name="inputs"/> names the schemas, rules and options.</summary>
    public static string Key(EncodedDocument document, string displayPath, string inputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string part)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }

        Add(inputs);
        Add(document.FileName);
        Add(displayPath);
        Add(document.ContentHash);

        // Findings in generated TEI are reported at the author's line: the same TEI from a source whose lines
        // moved must not reuse the old places.
        if (!document.IsPassThrough)
        {
            var places = new StringBuilder();
            foreach (var element in document.Tei.Descendants())
            {
                if (EncodedDocument.SourceOf(element) is { } span)
                {
                    places.Append(span.File).Append('(').Append(span.Line).Append(',').Append(span.Column).Append(')');
                }

                places.Append(';');
            }

            Add(places.ToString());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// A schema or rules file with the schema files beside it (what it may include), by content: what its
    /// verdicts depend on. Only its own folder, not below: a schema kept in the project root must not make
    /// every document's findings depend on every other document.
    /// </summary>
    public static string FilesFingerprint(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return path ?? "";
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var files = Directory.EnumerateFiles(directory)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".rng" or ".rnc" or ".sch" or ".xsl" or ".odd")
            .Order(StringComparer.Ordinal);
        // Names and contents, not absolute paths: shards built in other checkouts must find the same keys.
        var builder = new StringBuilder(Path.GetFileName(path)).Append('\n');
        foreach (var file in files)
        {
            builder.Append(Path.GetRelativePath(directory, file)).Append('=').Append(Stamps.Hash(file)).Append('\n');
        }

        return builder.ToString();
    }

    private bool TryRead(string key, out Diagnostic[]? findings)
    {
        findings = null;
        var path = Path.Combine(directory!, key + ".json");
        try
        {
            findings = File.Exists(path) ? JsonSerializer.Deserialize<Diagnostic[]>(File.ReadAllBytes(path), Json) : null;
        }
        catch (JsonException)
        {
            findings = null; // a damaged entry is a miss
        }

        return findings is not null;
    }

    /// <summary>File hashes by (path, size, modification time), so a schema folder is read once per process until it changes.</summary>
    private static class Stamps
    {
        private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), string> Known = new();

        public static string Hash(string file)
        {
            var info = new FileInfo(file);
            return Known.GetOrAdd((info.FullName, info.Length, info.LastWriteTimeUtc), k => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(k.Path))));
        }
    }
}
