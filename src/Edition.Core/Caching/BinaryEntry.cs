using System.Buffers.Binary;
using System.IO.Hashing;
using MemoryPack;

namespace Edition.Core.Caching;

/// <summary>
/// A cache entry in MemoryPack's binary form (its formatters generated at compile time), behind a checksum of
/// the payload: decoding a thousand readings as JSON was most of a rebuild's reading time, and a damaged
/// binary entry could otherwise decode into a wrong value instead of failing. A damaged entry reads as a miss.
/// </summary>
public static class BinaryEntry
{
    private const int HeaderLength = sizeof(ulong);

    public static byte[] Write<T>(T value)
    {
        var payload = MemoryPackSerializer.Serialize(value);
        var bytes = new byte[HeaderLength + payload.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, XxHash3.HashToUInt64(payload));
        payload.CopyTo(bytes.AsSpan(HeaderLength));
        return bytes;
    }

    public static T? Read<T>(byte[] bytes)
        where T : class
    {
        if (bytes.Length < HeaderLength)
        {
            return null;
        }

        var payload = bytes.AsSpan(HeaderLength);
        if (BinaryPrimitives.ReadUInt64LittleEndian(bytes) != XxHash3.HashToUInt64(payload))
        {
            return null;
        }

        try
        {
            return MemoryPackSerializer.Deserialize<T>(payload);
        }
        catch (MemoryPackSerializationException)
        {
            return null; // checksummed but not of this shape: another build's entry under a colliding name
        }
    }
}
