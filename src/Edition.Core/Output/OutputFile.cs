namespace Edition.Core.Output;

/// <summary>
/// A file to write, by its path relative to the edition's output folder ("tei/x.xml", "site/index.html"). A file
/// taken from the build cache may come with its content hash and its bytes still on disk: a rebuild that finds
/// the written file unchanged never reads them.
/// </summary>
public sealed class OutputFile
{
    private readonly Func<byte[]>? _load;
    private readonly Action<Stream>? _copyTo;
    private byte[]? _content;
    private string? _hash;

    public OutputFile(string relativePath, byte[] content)
    {
        RelativePath = relativePath;
        _content = content;
    }

    private OutputFile(string relativePath, string contentHash, Func<byte[]> load)
    {
        RelativePath = relativePath;
        _hash = contentHash;
        _load = load;
    }

    private OutputFile(string relativePath, string contentHash, Action<Stream> copyTo)
    {
        RelativePath = relativePath;
        _hash = contentHash;
        _copyTo = copyTo;
    }

    public string RelativePath { get; }

    /// <summary>The bytes (a deferred file's are read each time they are asked for and not kept: a long-lived
    /// process holds thousands of deferred files from its build cache, and would otherwise come to hold their bytes).</summary>
    public byte[] Content => _content ?? _load?.Invoke() ?? CopiedContent();

    /// <summary>XxHash128 (hex) of the bytes: change detection in files this tool wrote, not a defence against forgery, so speed wins.</summary>
    public string ContentHash => _hash ??= HashOf(Content);

    /// <summary>
    /// A file whose bytes were hashed already, as a TEI-in file passed through (its source's SHA-256): hashing a
    /// corpus's megabytes of TEI again, twice (tei/ and site/tei/), was a tenth of a rebuild's time. The hash is
    /// marked with its function, so it never equals one of <see cref="HashOf"/>.
    /// </summary>
    public static OutputFile Hashed(string relativePath, byte[] content, string sha256) => new(relativePath, content) { _hash = "sha256:" + sha256 };

    /// <summary>As <see cref="Hashed(string, byte[], string)"/>, the bytes read only if the file must be written (a TEI-in file the build let go of).</summary>
    public static OutputFile Hashed(string relativePath, Func<byte[]> load, string sha256) => new(relativePath, "sha256:" + sha256, load);

    public static OutputFile Text(string relativePath, string text) => new(relativePath, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>A file whose bytes, of the given hash, are read only if they must be written.</summary>
    public static OutputFile Deferred(string relativePath, string contentHash, Func<byte[]> load) => new(relativePath, contentHash, load);

    /// <summary>
    /// A file of the given hash too large to hold (the print edition's .tex), copied into the stream it is written to
    /// in pieces; <see cref="Content"/> reads it whole only for whoever asks.
    /// </summary>
    public static OutputFile Streamed(string relativePath, string contentHash, Action<Stream> copyTo) => new(relativePath, contentHash, copyTo);

    /// <summary>Writes the file at <paramref name="path"/> (a streamed file in pieces, never whole in memory).</summary>
    public void WriteTo(string path)
    {
        if (_copyTo is null)
        {
            File.WriteAllBytes(path, Content);
            return;
        }

        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        _copyTo(file);
    }

    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(content));

    private byte[] CopiedContent()
    {
        using var bytes = new MemoryStream();
        _copyTo!(bytes);
        return bytes.ToArray();
    }
}
