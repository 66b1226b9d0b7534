using System.Xml;

namespace Edition.RelaxNg.Tests;

/// <summary>Each ED30xx error: code, position, element path, the expectation in the message, and the compiler form.</summary>
public sealed class ValidationErrorTests
{
    private const string Schema = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <start>
            <element name="doc">
              <oneOrMore>
                <element name="sec">
                  <attribute name="id"><data type="ID"/></attribute>
                  <optional><attribute name="ref"><data type="IDREF"/></attribute></optional>
                  <optional><attribute name="when"><data type="date"/></attribute></optional>
                  <element name="head"><text/></element>
                  <zeroOrMore><choice><element name="p"><text/></element><element name="lg"><empty/></element></choice></zeroOrMore>
                </element>
              </oneOrMore>
            </element>
          </start>
        </grammar>
        """;

    [Theory]
    [InlineData("<doc><sec id='a'><head/><seg/></sec></doc>", "ED3001", 1, 26, "/doc/sec/seg", "element 'seg' not allowed here; expected one of: lg, p")]
    [InlineData("<doc><sec id='a'><head/><head/></sec></doc>", "ED3001", 1, 26, "/doc/sec/head", "element 'head' not allowed here; expected one of: lg, p")]
    [InlineData("<doc><sec id='a'/></doc>", "ED3002", 1, 7, "/doc/sec", "element 'sec' incomplete; expected head")]
    [InlineData("<doc><sec id='a' x='1'><head/></sec></doc>", "ED3003", 1, 18, "/doc/sec", "attribute 'x' not allowed on element 'sec'")]
    [InlineData("<doc><sec><head/></sec></doc>", "ED3004", 1, 7, "/doc/sec", "element 'sec' missing required attribute 'id'")]
    [InlineData("<doc><sec id='a' when='1930-02-30'><head/></sec></doc>", "ED3005", 1, 18, "/doc/sec", "invalid value '1930-02-30' for attribute 'when' of element 'sec'; expected a value of type date")]
    [InlineData("<doc><sec id='a'><head/>stray</sec></doc>", "ED3006", 1, 25, "/doc/sec", "text not allowed in element 'sec'; expected one of: lg, p")]
    [InlineData("<doc><sec id='a'><head/></sec><sec id='a'><head/></sec></doc>", "ED3007", 1, 36, "/doc/sec", "duplicate ID 'a'")]
    [InlineData("<doc><sec id='a' ref='b'><head/></sec></doc>", "ED3008", 1, 18, "/doc/sec", "IDREF 'b' does not match any ID in the document")]
    public void ReportsCodePositionPathAndExpectation(string xml, string code, int line, int column, string path, string message)
    {
        var error = Assert.Single(Validate(xml).Errors);
        Assert.Equal((code, line, column, path, message), (error.Code, error.Line, error.Column, error.Path, error.Message));
        Assert.Equal($"doc.xml({line},{column}): error {code}: {message} [{path}]", error.ToString());
    }

    [Fact]
    public void ReportsSeveralErrorsAndRecovers()
    {
        var result = Validate("<doc><sec id='a' x='1'><p/></sec><sec><head/><bogus><deep/></bogus><p/></sec></doc>");
        // x attribute; p before head (then sec lacks its head); sec without id; unknown bogus (its subtree skipped).
        Assert.Equal(["ED3003", "ED3001", "ED3002", "ED3004", "ED3001"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void ValidDocumentHasNoErrors()
    {
        var result = Validate("<doc><sec id='a' when='1930-02-28'><head>H</head><p>x</p><lg/></sec><sec id='b' ref='a'><head/></sec></doc>");
        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void SchemaErrorsCarryPositions()
    {
        using var reader = XmlReader.Create(new StringReader("""
            <element name="a" xmlns="http://relaxng.org/ns/structure/1.0">
              <data type="date" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"><param name="colour">red</param></data>
            </element>
            """));
        var e = Assert.Throws<RelaxNgSchemaException>(() => RelaxNgSchema.Load(reader, "/tmp/s.rng"));
        var error = Assert.Single(e.Errors);
        Assert.Equal(("ED3105", 2, 4), (error.Code, error.Line, error.Column));
        Assert.StartsWith("/tmp/s.rng(2,4): error ED3105: unknown parameter 'colour'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OneSchemaValidatesConcurrently()
    {
        var schema = Load();
        var verdicts = Enumerable.Range(0, 200).AsParallel().Select(i =>
        {
            var xml = i % 2 == 0 ? $"<doc><sec id='s{i}'><head/></sec></doc>" : "<doc><sec><head/></sec></doc>";
            using var reader = XmlReader.Create(new StringReader(xml));
            return (i, schema.Validate(reader, "doc.xml").IsValid);
        }).ToList();
        Assert.All(verdicts, v => Assert.Equal(v.i % 2 == 0, v.IsValid));
    }

    private static ValidationResult Validate(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), RelaxNgSchema.InstanceReaderSettings());
        return Load().Validate(reader, "doc.xml");
    }

    private static RelaxNgSchema Load()
    {
        using var reader = XmlReader.Create(new StringReader(Schema));
        return RelaxNgSchema.Load(reader, "");
    }
}
