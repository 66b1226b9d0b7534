using System.Security.Cryptography;
using System.Text;
using Edition.Core.Caching;

namespace Edition.Core.Tests.Caching;

/// <summary>Cache keys: SHA-256 of the parts, each ended by a 0 byte, in lower-case hex (stable across versions of the code).</summary>
public sealed class CacheKeyTests
{
    [Fact]
    public void IsTheHashOfThePartsEachEndedByAZeroByte()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("print\0Сталин\0d1\0")));
        Assert.Equal(expected, CacheKey.Of("print", "Сталин", "d1"));
        Assert.Equal(expected, CacheKey.Of(new List<string> { "print", "Сталин", "d1" }.Where(_ => true)));
    }

    [Fact]
    public void PartsAreDelimited()
    {
        Assert.NotEqual(CacheKey.Of("ab", "c"), CacheKey.Of("a", "bc"));
        Assert.NotEqual(CacheKey.Of(""), CacheKey.Of());
        Assert.Equal(64, CacheKey.Of(new string('x', 100_000), "").Length);
    }
}
