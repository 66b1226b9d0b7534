using System.Buffers.Binary;

namespace Edition.Core.Source.Facsimiles;

/// <summary>
/// The size of a PNG or JPEG page image, read from its header (the source check needs only that; the tiler reads
/// the pixels later). Null when the bytes are neither, or end before the size.
/// </summary>
public static class ImageHeader
{
    private const int MaxScan = 1 << 20;

    public static (string Format, int Width, int Height)? Read(string path)
    {
        var head = new byte[MaxScan];
        int length;
        using (var stream = File.OpenRead(path))
        {
            length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var bytes = head.AsSpan(0, length);
        return Png(bytes) ?? Jpeg(bytes);
    }

    private static (string, int, int)? Png(ReadOnlySpan<byte> b)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (b.Length < 24 || !b[..8].SequenceEqual(signature) || !b[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var (w, h) = (BinaryPrimitives.ReadInt32BigEndian(b[16..]), BinaryPrimitives.ReadInt32BigEndian(b[20..]));
        return w > 0 && h > 0 ? ("png", w, h) : null;
    }

    /// <summary>Walks the JPEG's segments to its first start-of-frame marker, which holds the size.</summary>
    private static (string, int, int)? Jpeg(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8)
        {
            return null;
        }

        var i = 2;
        while (i + 9 < b.Length && b[i] == 0xFF)
        {
            var marker = b[i + 1];
            var size = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var (h, w) = (BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]));
                return w > 0 && h > 0 ? ("jpeg", w, h) : null;
            }

            i += 2 + size;
        }

        return null;
    }
}
