using Edition.Core.Caching;

namespace Edition.Core.Tests.Caching;

/// <summary>
/// A spilling cache (a corpus's rendered pages): each entry goes to disk as it is put, pending until the build
/// commits, and is never held in memory; a build that does not commit leaves nothing the next one would trust.
/// </summary>
public sealed class SpilledContentCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "edition-spill-" + Guid.NewGuid().ToString("N")[..12]);

    private ContentCache<byte[]> Cache() => new(_folder, ".bin", b => b, b => b, spill: true);

    [Fact]
    public void AnEntryIsOnDiskPendingAsSoonAsItIsPutAndInPlaceAfterTheCommit()
    {
        var cache = Cache();
        cache.Begin();
        cache.Put("k", [1, 2, 3]);

        var pending = Path.Combine(_folder, ".pending", "k.bin");
        Assert.Equal([1, 2, 3], File.ReadAllBytes(pending));
        Assert.Equal(pending, cache.PathOf("k"));
        Assert.Equal([1, 2, 3], cache.Get("k", counted: false));
        Assert.False(File.Exists(Path.Combine(_folder, "k.bin")));

        cache.Commit();
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(_folder, "k.bin")));
        Assert.False(Directory.Exists(Path.Combine(_folder, ".pending")));
        Assert.Equal(Path.Combine(_folder, "k.bin"), cache.PathOf("k"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void KeysOfEveryFormAreKeptWhenUsedAndPrunedWhenNot(bool spill)
    {
        // Keys made by CacheKey are held as their bytes; any other (upper-case hex, a plain name) as it is.
        var hashed = CacheKey.Of("a", "b");
        var upper = CacheKey.Of("c").ToUpperInvariant();
        string[] keys = [hashed, upper, "plain", CacheKey.Of("unused"), "unused-plain"];
        var cache = new ContentCache<byte[]>(_folder, ".bin", b => b, b => b, spill);
        cache.Begin();
        foreach (var key in keys)
        {
            cache.Put(key, [(byte)key.Length]);
        }

        cache.Commit();
        cache.Begin();
        foreach (var key in keys[..3])
        {
            Assert.Equal([(byte)key.Length], cache.Get(key)!);
        }

        cache.Commit();
        Assert.Equal(keys[..3].Select(k => k + ".bin").Order(StringComparer.Ordinal), Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EntriesAreReadFromDiskEachTimeNotKept()
    {
        var cache = Cache();
        cache.Begin();
        cache.Put("k", [1]);
        cache.Commit();

        cache.Begin();
        var first = cache.Get("k");
        File.WriteAllBytes(Path.Combine(_folder, "k.bin"), [9]); // only to see where the answer comes from
        Assert.Equal([1], first);
        Assert.Equal([9], cache.Get("k"));
    }

    [Fact]
    public void ADiscardTakesAwayWhatTheFailedBuildSpilledAndKeepsWhatWasCommitted()
    {
        var cache = Cache();
        cache.Begin();
        cache.Put("old", [1]);
        cache.Commit();

        cache.Begin();
        cache.Put("new", [2]);
        cache.Discard();
        Assert.False(Directory.Exists(Path.Combine(_folder, ".pending")));
        Assert.Null(cache.Get("new"));
        Assert.Equal([1], cache.Get("old"));
    }

    [Fact]
    public void WhatABuildThatDidNotCommitSpilledIsDiscardedByTheNext()
    {
        var cache = Cache();
        cache.Begin();
        cache.Put("k", [1]);

        // The build failed: no commit. The next build (this process or another) must not find the entry.
        var next = Cache();
        next.Begin();
        Assert.Null(next.Get("k"));
        Assert.False(next.Contains("k"));
        Assert.False(Directory.Exists(Path.Combine(_folder, ".pending")));

        cache.Begin();
        Assert.Null(cache.Get("k"));
        Assert.Null(cache.PathOf("k"));
    }

    [Fact]
    public void EntriesNoBuildAskedForArePrunedAtTheCommit()
    {
        var cache = Cache();
        cache.Begin();
        cache.Put("a", [1]);
        cache.Put("b", [2]);
        cache.Commit();

        cache.Begin();
        Assert.True(cache.Keep("a"));
        cache.Commit();
        Assert.True(File.Exists(Path.Combine(_folder, "a.bin")));
        Assert.False(File.Exists(Path.Combine(_folder, "b.bin")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
