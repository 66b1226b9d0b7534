using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Edition.Core.Caching;
using Edition.Core.Diagnostics;
using Edition.Tei.Encoding;
using Edition.Tei.Validation.Integrity;

namespace Edition.Tei.Validation;

/// <summary>
/// One document's RELAX NG and Schematron findings, kept between builds by a key naming every input of
/// them (the TEI bytes, where its elements came from in the author's files, the schemas' files, the rules,
/// the options and the tool), in memory and, given a folder, on disk. A hit gives exactly the findings a fresh
/// run would report. Integrity checks span documents, so their verdicts are not kept; each TEI-in file's own
/// integrity facts are (<see cref="FileIntegrity"/>, in <c>integrity/</c>), from which the checks run again.
/// </summary>
/// <param name="spill">Each entry written to disk as it is made, none held (a cache for one build).</param>
public sealed class ValidationCache(string? directory, bool spill = false)
{
        // The validator's own build: facts gathered by another version may differ.
    private static readonly string Tool = typeof(ValidationCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly ContentCache<Diagnostic[]> _entries = new(directory, ".bin", BinaryEntry.Write, BinaryEntry.Read<Diagnostic[]>, spill);
    private readonly ContentCache<FileIntegrity> _integrity = new(directory is null ? null : Path.Combine(directory, "integrity"), ".bin", BinaryEntry.Write, BinaryEntry.Read<FileIntegrity>, spill);

    /// <summary>A merge of shards: every file's findings must come from a shard; a miss is an error, not a validation.</summary>
    public bool Strict { get => _entries.Strict; set => _entries.Strict = value; }

    /// <summary>TEI files whose findings were found in the cache, and validated anew, in this build.</summary>
    public int Hits => _entries.Hits;

    public int Misses => _entries.Misses;

    public void Begin()
    {
        _entries.Begin();
        _integrity.Begin();
    }

    public IReadOnlyList<Diagnostic>? Get(string key) => _entries.Get(key);

    public void Put(string key, IReadOnlyList<Diagnostic> findings) => _entries.Put(key, findings.ToArray());

    /// <summary>A TEI-in file's integrity facts gathered by an earlier build, by <see cref="IntegrityKey"/>.</summary>
    public FileIntegrity? GetIntegrity(string key) => _integrity.Get(key);

    public void PutIntegrity(string key, FileIntegrity facts) => _integrity.Put(key, facts);

    public void Import(string folder)
    {
        _entries.Import(folder);
        _integrity.Import(Path.Combine(folder, "integrity"));
    }

    /// <summary>A failed build: what it wrote to disk as it went is let go.</summary>
    public void Discard()
    {
        _entries.Discard();
        _integrity.Discard();
    }

    /// <summary>The first failure to write findings or facts to disk in this build (they are gathered again next time).</summary>
    public Exception? WriteFailure => _entries.WriteFailure ?? _integrity.WriteFailure;

    public void Commit()
    {
        _entries.Commit();
        _integrity.Commit();
    }

    /// <summary>
    /// The key of a TEI-in file's integrity facts: its bytes, its names (facts hold places in the file as the
    /// author's path shows it) and the tool. Generated TEI is encoded afresh by every build and not kept.
    /// </summary>
    public static string IntegrityKey(EncodedDocument document, string displayPath) => CacheKey.Of(Tool, document.FileName, displayPath, document.ContentHash);

    /// <summary>The key of one document's findings; <paramref name="inputs"/> names the schemas, rules and options.</summary>
    public static string Key(EncodedDocument document, string displayPath, string inputs)
    {
        var parts = new List<string> { inputs, document.FileName, displayPath, document.ContentHash };

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

            parts.Add(places.ToString());
        }

        return CacheKey.Of(parts);
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

    /// <summary>File hashes by (path, size, modification time), so a schema folder is read once per process until it changes.</summary>
    private static class Stamps
    {
        private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), string> Known = new();

        public static string Hash(string file)
        {
            if (SchemaFiles.Unusable(file) is { } why)
            {
                return why; // never opened (a FIFO would block); the schema's load reports it
            }

            var info = new FileInfo(file);
            return Known.GetOrAdd((info.FullName, info.Length, info.LastWriteTimeUtc), k =>
            {
                using var stream = File.OpenRead(k.Path);
                return Convert.ToHexStringLower(SHA256.HashData(stream));
            });
        }
    }
}
