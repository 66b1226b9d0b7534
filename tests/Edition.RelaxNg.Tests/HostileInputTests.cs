using System.Text;

namespace Edition.RelaxNg.Tests;

/// <summary>Include loops, entity bombs, external entities and very deep nesting: a clear error or a verdict, never a crash or a hang.</summary>
public sealed class HostileInputTests
{
    private const string RecursiveSchema = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0">
          <start><ref name="a"/></start>
          <define name="a"><element name="a"><optional><ref name="a"/></optional></element></define>
        </grammar>
        """;

    [Fact]
    public void IncludeLoopIsASchemaError()
    {
        using var dir = new TempFolder();
        dir.Write("b.rng", """<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="a.rng"/></grammar>""");
        var a = dir.Write("a.rng", """<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="b.rng"/><start><element name="x"><empty/></element></start></grammar>""");
        var e = Assert.Throws<RelaxNgSchemaException>(() => RelaxNgSchema.Load(a));
        Assert.Contains(e.Errors, x => x.Code == RelaxNgErrorCodes.IncludeLoop && x.Message.Contains("loop", StringComparison.Ordinal));
    }

    [Fact]
    public void ExternalRefToItselfIsASchemaError()
    {
        using var dir = new TempFolder();
        var a = dir.Write("a.rng", """<element name="x" xmlns="http://relaxng.org/ns/structure/1.0"><externalRef href="a.rng"/></element>""");
        var e = Assert.Throws<RelaxNgSchemaException>(() => RelaxNgSchema.Load(a));
        Assert.Contains(e.Errors, x => x.Code == RelaxNgErrorCodes.IncludeLoop);
    }

    [Fact]
    public void IncludeOfNonFileUriIsRefused()
    {
        using var dir = new TempFolder();
        var a = dir.Write("a.rng", """<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="http://example.com/x.rng"/></grammar>""");
        var e = Assert.Throws<RelaxNgSchemaException>(() => RelaxNgSchema.Load(a));
        Assert.Contains(e.Errors, x => x.Code == RelaxNgErrorCodes.ForbiddenHref);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BillionLaughsIsRejectedQuickly(bool ignoreDtd)
    {
        using var dir = new TempFolder();
        var dtd = new StringBuilder("<!DOCTYPE a [<!ENTITY l0 \"ha\">");
        for (var i = 1; i <= 10; i++)
        {
            dtd.Append($"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");
        }

        var file = dir.Write("bomb.xml", dtd + "]><a>&l10;</a>");
        var result = Schema().Validate(file, new RelaxNgOptions { IgnoreDtd = ignoreDtd });
        Assert.False(result.IsValid);
        Assert.Equal(RelaxNgErrorCodes.NotWellFormed, result.Errors[0].Code);
    }

    [Fact]
    public void ExternalEntityIsNotRead()
    {
        using var dir = new TempFolder();
        var secret = dir.Write("secret.txt", "TOP-SECRET");
        var file = dir.Write("xxe.xml", $"<!DOCTYPE a [<!ENTITY e SYSTEM \"{new Uri(secret).AbsoluteUri}\">]><a>&e;</a>");
        foreach (var ignore in new[] { false, true })
        {
            var result = Schema().Validate(file, new RelaxNgOptions { IgnoreDtd = ignore });
            Assert.False(result.IsValid);
            Assert.DoesNotContain(result.Errors, e => e.Message.Contains("TOP-SECRET", StringComparison.Ordinal));
        }
    }

    [Trait("Speed", "Slow")]
    [Theory]
    [InlineData(100_000, true)]
    [InlineData(100_000, false)]
    public void HundredThousandLevelsDoNotCrash(int depth, bool valid)
    {
        using var dir = new TempFolder();
        var sb = new StringBuilder(depth * 8);
        for (var i = 0; i < depth; i++)
        {
            sb.Append(i == depth / 2 && !valid ? "<b>" : "<a>");
        }

        for (var i = depth - 1; i >= 0; i--)
        {
            sb.Append(i == depth / 2 && !valid ? "</b>" : "</a>");
        }

        var file = dir.Write("deep.xml", sb.ToString());
        var result = Schema().Validate(file);
        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal(RelaxNgErrorCodes.UnexpectedElement, error.Code);
            Assert.StartsWith("/…/", error.Path, StringComparison.Ordinal);
        }
    }

    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void DeepUnknownSubtreeAgainstTeiAll()
    {
        var schema = RelaxNgSchema.Load(SharedData.File("tei", "tei_all.rng"));
        using var dir = new TempFolder();
        var sb = new StringBuilder("<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body><p>");
        sb.Insert(sb.Length, "<x>", 100_000).Insert(sb.Length, "</x>", 100_000).Append("</p></body></text></TEI>");
        var result = schema.Validate(dir.Write("deep-tei.xml", sb.ToString()));
        Assert.False(result.IsValid);
        Assert.Equal(RelaxNgErrorCodes.UnexpectedElement, result.Errors[0].Code);
    }

    private static RelaxNgSchema Schema()
    {
        using var reader = System.Xml.XmlReader.Create(new StringReader(RecursiveSchema));
        return RelaxNgSchema.Load(reader, "");
    }
}
