namespace Edition.Core.Caching;

/// <summary>
/// Byte strings a stage makes for a later one (each document's search entries, its LaTeX), set down in one
/// temporary file as they are made and read back when wanted, so a corpus's worth is not held in memory between
/// stages. Safe to add to and read from on every thread. The file has no name once open (on Unix; elsewhere it is
/// deleted when closed), so nothing is left behind however the process ends.
/// </summary>
public sealed class SpillFile : IDisposable
{
    private readonly Lock _appending = new();
    private readonly FileStream _file = OpenNameless();

    private long _length;

    /// <summary>Sets <paramref name="bytes"/> down; what <see cref="Read"/> takes to give them back.</summary>
    public SpilledBytes Add(ReadOnlySpan<byte> bytes)
    {
        long offset;
        lock (_appending)
        {
            offset = _length;
            _length += bytes.Length;
        }

        RandomAccess.Write(_file.SafeFileHandle, bytes, offset);
        return new SpilledBytes(offset, bytes.Length);
    }

    public byte[] Read(SpilledBytes spilled)
    {
        var bytes = new byte[spilled.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(_file.SafeFileHandle, bytes.AsSpan(read), spilled.Offset + read);
            read += n > 0 ? n : throw new EndOfStreamException("a spilled byte string is shorter than written");
        }

        return bytes;
    }

    public void Dispose() => _file.Dispose();

    /// <summary>A new temporary file, read and written, with no name once open (on Unix; elsewhere deleted when closed).</summary>
    public static FileStream OpenNameless()
    {
        var path = Path.Combine(Path.GetTempPath(), $"edition-spill-{Guid.NewGuid():N}.bin");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }

        return file;
    }
}

/// <summary>Where a <see cref="SpillFile"/> holds one byte string.</summary>
public readonly record struct SpilledBytes(long Offset, int Length);
