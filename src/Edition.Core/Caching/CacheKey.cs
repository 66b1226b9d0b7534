using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Edition.Core.Caching;

/// <summary>The one way a cache key is made: its parts hashed (SHA-256, hex), so it is a safe file name.</summary>
public static class CacheKey
{
    public static string Of(params IEnumerable<string> parts)
    {
        // One pass of SHA-256 over the parts, each followed by a 0 byte, so ("ab", "c") is not ("a", "bc"); a
        // build makes thousands of keys, and a hash object per key costs more than the hashing.
        var list = parts as IReadOnlyList<string> ?? parts.ToList();
        var length = 0;
        foreach (var part in list)
        {
            length += Encoding.UTF8.GetByteCount(part) + 1;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var at = 0;
            foreach (var part in list)
            {
                at += Encoding.UTF8.GetBytes(part, buffer.AsSpan(at));
                buffer[at++] = 0;
            }

            return Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, at)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
