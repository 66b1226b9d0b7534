using System.Security.Cryptography;
using System.Text;

namespace Edition.Core.Caching;

/// <summary>The one way a cache key is made: its parts hashed (SHA-256, hex), so it is a safe file name.</summary>
public static class CacheKey
{
    public static string Of(params IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]); // parts are delimited: ("ab", "c") is not ("a", "bc")
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
