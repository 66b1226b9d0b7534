using Edition.RelaxNg.Caching;

namespace Edition.RelaxNg.Tests.Caching;

/// <summary>The three FRUS volumes against tei_all, frus.rng and frus.rnc: the same errors through a cached schema as through a fresh load.</summary>
[Trait("Speed", "Slow")]
public sealed class FrusThroughCacheTests
{
    [SkippableTheory]
    [InlineData("tei", "tei_all.rng")]
    [InlineData("corpus", "frus-schema", "frus.rng")]
    [InlineData("corpus", "frus-schema", "frus.rnc")]
    public void FrusFindingsAreTheSameThroughTheCache(params string[] schemaPath)
    {
        var schema = SharedData.File(schemaPath);
        using var caches = new TempFolder();
        var cache = new SchemaCache(caches.Path, "test");
        var fresh = RelaxNgSchema.Load(schema, cache: cache);
        var cached = RelaxNgSchema.Load(schema, cache: cache);
        Assert.True(cached.FromCache);
        foreach (var volume in Directory.GetFiles(Path.Combine(SharedData.Shared, "corpus", "frus"), "*.xml").Order(StringComparer.Ordinal))
        {
            Assert.Equal(fresh.Validate(volume).Errors.Select(e => e.ToString()), cached.Validate(volume).Errors.Select(e => e.ToString()));
        }
    }
}
