using Edition.Core.Caching;
using Edition.Core.Output;

namespace Edition.Rendering.Latex;

/// <summary>
/// edition.tex as the normalizer wrote it, in a nameless temporary file rather than in memory: a corpus's .tex is
/// megabytes (ten at 3,000 documents), and holding it, twice over as it was put together, set the build's peak. It
/// is copied into the output in pieces when staged, and read whole only by the PDF's compilation and its reports.
/// </summary>
internal sealed class TexFile
{
    private const int Piece = 1 << 16;

    private readonly FileStream _file;

    private TexFile(FileStream file, string hash, long length) => (_file, Hash, Length) = (file, hash, length);

    /// <summary>The bytes' hash, as <see cref="OutputFile.HashOf"/> gives it.</summary>
    public string Hash { get; }

    public long Length { get; }

    /// <summary>The .tex that <paramref name="write"/> gives a normalizer writing to a new temporary file.</summary>
    public static TexFile Write(Action<TexNormalizer> write)
    {
        var file = SpillFile.OpenNameless();
        var normalizer = new TexNormalizer(file);
        write(normalizer);
        var (hash, length) = normalizer.FinishStream();
        file.Flush();
        return new TexFile(file, hash, length);
    }

    /// <summary>The file as the build writes it, under <paramref name="relativePath"/>.</summary>
    public OutputFile ToOutput(string relativePath) => OutputFile.Streamed(relativePath, Hash, CopyTo);

    /// <summary>The bytes, read whole.</summary>
    public byte[] ReadAll()
    {
        using var bytes = new MemoryStream(checked((int)Length));
        CopyTo(bytes);
        return bytes.ToArray();
    }

    private void CopyTo(Stream destination)
    {
        var piece = new byte[(int)Math.Min(Piece, Math.Max(Length, 1))];
        for (long offset = 0; offset < Length;)
        {
            var read = RandomAccess.Read(_file.SafeFileHandle, piece, offset);
            if (read <= 0)
            {
                throw new EndOfStreamException("edition.tex's temporary file is shorter than written");
            }

            destination.Write(piece, 0, read);
            offset += read;
        }
    }
}
