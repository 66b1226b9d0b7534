using System.Security.Cryptography;
using System.Text;
using Edition.RelaxNg.Datatypes;
using Edition.RelaxNg.Simplification;

namespace Edition.RelaxNg.Caching;

/// <summary>
/// A folder of compiled schemas, so a schema is parsed and simplified once, not on every run. One file per schema
/// path; it holds the hash of every schema file the schema read (itself, includes, externalRefs) and is used only
/// while they all still hash the same, by the same tool version. Written atomically (temporary file, then renamed),
/// checked by a checksum: a damaged, truncated or foreign file is ignored and written again; a folder that cannot be
/// written is silently not used.
/// </summary>
public sealed class SchemaCache
{
    private const int FormatVersion = 1;
    private const long MaxFileBytes = 512L * 1024 * 1024;
    private static readonly byte[] Header = Encoding.ASCII.GetBytes($"edition compiled RELAX NG schema, format {FormatVersion}\n");

    /// <param name="folder">Where the compiled schemas go (made when first written).</param>
    /// <param name="toolVersion">The version of the program using the library: a compiled schema serves that version only.</param>
    public SchemaCache(string folder, string toolVersion)
    {
        Folder = Path.GetFullPath(folder);
        ToolVersion = toolVersion + " " + LibraryBuild();
    }

    public string Folder { get; }

    private string ToolVersion { get; }

    /// <summary>The file that holds (or would hold) the compiled form of the schema at <paramref name="schemaPath"/>.</summary>
    public string FileFor(string schemaPath)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(schemaPath) + "\n" + ToolVersion));
        return Path.Combine(Folder, Convert.ToHexStringLower(key.AsSpan(0, 16)) + ".rngc");
    }

    /// <summary>The compiled schema, if this folder has it for the schema's files as they are now; else null.</summary>
    internal CompiledSchema? TryRead(string schemaPath, Func<string, string?>? refuseFile)
    {
        try
        {
            var file = new FileInfo(FileFor(schemaPath));
            if (!file.Exists || file.Length > MaxFileBytes || File.ReadAllBytes(file.FullName) is not { } bytes || Payload(bytes) is not { } payload)
            {
                return null;
            }

            using var input = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
            var reader = new CompiledSchemaReader(input);
            return SameInputs(reader, schemaPath, refuseFile) ? reader.Read() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException
            or InvalidOperationException or DatatypeException or IndexOutOfRangeException or OverflowException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Writes the compiled schema, read from <paramref name="files"/>; any failure leaves the folder as it was.</summary>
    internal void Write(string schemaPath, IEnumerable<string> files, CompiledSchema schema)
    {
        var target = FileFor(schemaPath);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            var bytes = Serialize(schemaPath, files, schema);
            Directory.CreateDirectory(Folder);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temporary);
        }
    }

    private byte[] Serialize(string schemaPath, IEnumerable<string> files, CompiledSchema schema)
    {
        var buffer = new MemoryStream();
        buffer.Write(Header);
        using (var output = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            var writer = new CompiledSchemaWriter(output);
            writer.WriteString(ToolVersion);
            writer.WriteString(Path.GetFullPath(schemaPath));
            var inputs = files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            output.Write7BitEncodedInt(inputs.Count);
            foreach (var path in inputs)
            {
                writer.WriteString(path);
                output.Write(HashOf(path));
            }

            writer.Write(schema);
        }

        buffer.Write(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        return buffer.ToArray();
    }

    /// <summary>The bytes between the header and the checksum, or null when either is not what it must be.</summary>
    private static byte[]? Payload(byte[] bytes)
    {
        const int checksum = SHA256.HashSizeInBytes;
        if (bytes.Length < Header.Length + checksum || !bytes.AsSpan(0, Header.Length).SequenceEqual(Header))
        {
            return null;
        }

        var body = bytes.AsSpan(0, bytes.Length - checksum);
        return SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)) ? body[Header.Length..].ToArray() : null;
    }

    private bool SameInputs(CompiledSchemaReader reader, string schemaPath, Func<string, string?>? refuseFile)
    {
        if (reader.ReadString() != ToolVersion || reader.ReadString() != Path.GetFullPath(schemaPath))
        {
            return false;
        }

        var count = reader.Count(100_000);
        var main = Path.GetFullPath(schemaPath);
        for (var i = 0; i < count; i++)
        {
            var path = reader.ReadString();
            var hash = reader.Bytes(SHA256.HashSizeInBytes);
            // The caller checks the schema file itself; the others are asked about as a fresh load would.
            if ((path != main && refuseFile?.Invoke(path) is not null) || !File.Exists(path) || !HashOf(path).AsSpan().SequenceEqual(hash))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>This library's build (its module id changes with its code), so a changed compiler never reads an old graph.</summary>
    private static string LibraryBuild()
    {
        try
        {
            return typeof(SchemaCache).Module.ModuleVersionId.ToString("N");
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            return typeof(SchemaCache).Assembly.GetName().Version?.ToString() ?? "";
        }
    }

    private static byte[] HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return SHA256.HashData(stream);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to undo, or nothing that can be.
        }
    }
}
