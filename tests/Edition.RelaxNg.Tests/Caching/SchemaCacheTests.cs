using System.Xml;
using Edition.RelaxNg.Caching;

namespace Edition.RelaxNg.Tests.Caching;

/// <summary>
/// The compiled-schema cache: a schema read back gives the verdicts and errors a fresh load gives; a changed
/// include, a damaged file or another tool version is a miss (the file written again); the schema's own folder is
/// never written.
/// </summary>
public sealed class SchemaCacheTests
{
    private const string Main = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <include href="part.rng"/>
          <start><element name="doc"><ref name="body"/></element></start>
        </grammar>
        """;

    private const string Part = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <define name="body">
            <attribute name="n"><data type="token"><param name="pattern">[a-z]+</param></data></attribute>
            <attribute name="kind"><choice><value>x</value><value type="QName" xmlns:p="urn:p">p:y</value></choice></attribute>
            <zeroOrMore><element name="item"><data type="integer"><param name="maxInclusive">9</param></data></element></zeroOrMore>
          </define>
        </grammar>
        """;

    private const string Valid = """<doc n="abc" xmlns:q="urn:p" kind="q:y"><item>3</item></doc>""";

    private const string Invalid = """<doc n="ABC" kind="z"><item>12</item><other/></doc>""";

    [Fact]
    public void ASchemaReadBackGivesTheSameVerdictsAndErrors()
    {
        using var dir = new TempFolder();
        var schema = WriteSchema(dir);
        var cache = new SchemaCache(Path.Combine(dir.Path, "cache"), "test");
        var fresh = RelaxNgSchema.Load(schema, cache: cache);
        var cached = RelaxNgSchema.Load(schema, cache: cache);
        Assert.False(fresh.FromCache);
        Assert.True(cached.FromCache);
        foreach (var instance in new[] { Valid, Invalid })
        {
            Assert.Equal(Errors(fresh, instance), Errors(cached, instance));
        }

        Assert.True(Validate(cached, Valid).IsValid);
        Assert.NotEmpty(Validate(cached, Invalid).Errors);
    }

    [Fact]
    public void ElementPositionsInTheSchemaSurviveTheRoundTrip()
    {
        using var dir = new TempFolder();
        var schema = WriteSchema(dir);
        var cache = new SchemaCache(Path.Combine(dir.Path, "cache"), "test");
        _ = RelaxNgSchema.Load(schema, cache: cache);
        var read = cache.TryRead(Path.GetFullPath(schema), null)!;
        using var reader = XmlReader.Create(schema, Parsing.SchemaDocumentLoader.Settings());
        var root = Parsing.SchemaDocumentLoader.Load(reader, schema, new Uri(schema));
        var fresh = Simplification.SchemaCompiler.Compile(root, new Uri(schema));
        Assert.Equal(fresh.Elements.Select(e => (e.Id, e.Location)), read.Elements.Select(e => (e.Id, e.Location)));
        Assert.Contains(read.Elements, e => e.Location.Line == 5 && e.Location.Column == 18);
    }

    [Fact]
    public void AChangedIncludeIsAMiss()
    {
        using var dir = new TempFolder();
        var schema = WriteSchema(dir);
        var cache = new SchemaCache(Path.Combine(dir.Path, "cache"), "test");
        _ = RelaxNgSchema.Load(schema, cache: cache);
        dir.Write("part.rng", Part.Replace("[a-z]+", "[A-Z]+", StringComparison.Ordinal));
        var reloaded = RelaxNgSchema.Load(schema, cache: cache);
        Assert.False(reloaded.FromCache);
        Assert.False(Validate(reloaded, Valid).IsValid);
        Assert.True(RelaxNgSchema.Load(schema, cache: cache).FromCache);
    }

    [Fact]
    public void AnotherToolVersionIsAMiss()
    {
        using var dir = new TempFolder();
        var schema = WriteSchema(dir);
        _ = RelaxNgSchema.Load(schema, cache: new SchemaCache(Path.Combine(dir.Path, "cache"), "1.0"));
        Assert.False(RelaxNgSchema.Load(schema, cache: new SchemaCache(Path.Combine(dir.Path, "cache"), "1.1")).FromCache);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    [InlineData("foreign")]
    public void ADamagedCacheFileIsIgnoredAndWrittenAgain(string damage)
    {
        using var dir = new TempFolder();
        var schema = WriteSchema(dir);
        var cache = new SchemaCache(Path.Combine(dir.Path, "cache"), "test");
        _ = RelaxNgSchema.Load(schema, cache: cache);
        var file = cache.FileFor(schema);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "flipped" => [.. bytes[..(bytes.Length / 2)], (byte)(bytes[bytes.Length / 2] ^ 0x40), .. bytes[(bytes.Length / 2 + 1)..]],
            "empty" => [],
            _ => System.Text.Encoding.UTF8.GetBytes("<not a cache/>"),
        });

        var reloaded = RelaxNgSchema.Load(schema, cache: cache);
        Assert.False(reloaded.FromCache);
        Assert.Equal(Errors(RelaxNgSchema.Load(schema), Invalid), Errors(reloaded, Invalid));
        Assert.Equal(bytes.Length, new FileInfo(file).Length);
        Assert.True(RelaxNgSchema.Load(schema, cache: cache).FromCache);
    }

    [Fact]
    public void AFolderThatCannotBeWrittenIsSkipped()
    {
        using var dir = new TempFolder();
        var schema = WriteSchema(dir);
        var blocked = dir.Write("not-a-folder", "a file where the cache folder would be");
        var cache = new SchemaCache(blocked, "test");
        Assert.True(Validate(RelaxNgSchema.Load(schema, cache: cache), Valid).IsValid);
        Assert.False(RelaxNgSchema.Load(schema, cache: cache).FromCache);
    }

    [Fact]
    public void TheSchemaFolderIsNeverWritten()
    {
        using var dir = new TempFolder();
        using var caches = new TempFolder();
        var schema = WriteSchema(dir);
        var before = Listing(dir.Path);
        var cache = new SchemaCache(caches.Path, "test");
        _ = RelaxNgSchema.Load(schema, cache: cache);
        _ = RelaxNgSchema.Load(schema, cache: cache);
        Assert.Equal(before, Listing(dir.Path));
        Assert.Single(Directory.GetFiles(caches.Path));
    }

    [Fact]
    public void AnIncorrectSchemaWritesNothing()
    {
        using var dir = new TempFolder();
        var schema = dir.Write("bad.rng", Main);
        var cache = new SchemaCache(Path.Combine(dir.Path, "cache"), "test");
        Assert.Throws<RelaxNgSchemaException>(() => RelaxNgSchema.Load(schema, cache: cache));
        Assert.False(Directory.Exists(cache.Folder));
    }

    internal static string WriteSchema(TempFolder dir)
    {
        dir.Write("part.rng", Part);
        return dir.Write("main.rng", Main);
    }

    private static List<string> Listing(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => f + " " + File.GetLastWriteTimeUtc(f).Ticks).Order(StringComparer.Ordinal)];

    private static ValidationResult Validate(RelaxNgSchema schema, string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), RelaxNgSchema.InstanceReaderSettings());
        return schema.Validate(reader, "instance.xml");
    }

    private static List<string> Errors(RelaxNgSchema schema, string xml) => [.. Validate(schema, xml).Errors.Select(e => e.ToString())];
}
