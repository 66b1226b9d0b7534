using System.Xml.Linq;
using Edition.Tei.Validation;
using Edition.Tei.Validation.Schematron;

namespace Edition.Tei.Tests.Validation;

/// <summary>
/// fn:doc and fn:doc-available as XPath and XQuery Functions and Operators 2.0 defines them (15.5.4, 15.5.5), for
/// local files only: a relative URI against the static base URI (the schema's folder), the empty sequence, one
/// document node per URI, a document that cannot be retrieved (FODC0002, reported as ED4104 where the check ran)
/// and doc-available() false wherever doc() would fail.
/// </summary>
public sealed class SchematronDocFunctionTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "edition-sch-doc-" + Guid.NewGuid().ToString("N"));

    public SchematronDocFunctionTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "lists"));
        File.WriteAllText(Path.Combine(_folder, "lists", "codes.xml"), "<codes><code>ok</code><code>fine</code></codes>");
        File.WriteAllText(Path.Combine(_folder, "lists", "broken.xml"), "<codes><code>ok</codes>");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void DocResolvesARelativeUriAgainstTheSchemasFolderAndIsCheckedAsAnyFunction()
    {
        var schema = Load("""<rule context="x"><assert test=". = doc('lists/codes.xml')//code">unknown code <value-of select="."/></assert></rule>""");
        Assert.DoesNotContain(schema.Problems, p => p.Code == ValidationDiagnostics.UnsupportedExpression.Id || p.Code == ValidationDiagnostics.EngineGaps.Id);
        Assert.Equal(["unknown code bad"], Messages(schema, "<r><x>ok</x><x>bad</x><x>fine</x></r>"));
    }

    [Fact]
    public void DocOfTheSameUriIsTheSameDocumentNode()
    {
        var schema = Load("""
            <rule context="x"><assert test="doc('lists/codes.xml') is doc('./lists/../lists/codes.xml')">two nodes</assert>
              <assert test="doc('lists/codes.xml') instance of document-node()">not a document node</assert>
              <assert test="doc('lists/codes.xml')/codes/code[1] is doc('lists/codes.xml')//code[. = 'ok']">two trees</assert></rule>
            """);
        Assert.Empty(Messages(schema, "<r><x/></r>"));
    }

    [Fact]
    public void TheEmptySequenceGivesTheEmptySequenceAndFalse()
    {
        var schema = Load("""<rule context="x"><assert test="empty(doc(())) and not(doc-available(())) and empty(doc(@missing))">not empty</assert></rule>""");
        Assert.Empty(Messages(schema, "<r><x/></r>"));
    }

    [Theory]
    [InlineData("lists/codes.xml", true)]
    [InlineData("lists/missing.xml", false)]
    [InlineData("lists/broken.xml", false)]
    [InlineData("lists", false)]
    [InlineData("https://example.com/codes.xml", false)]
    public void DocAvailableIsTrueExactlyWhereDocGivesADocument(string uri, bool available)
    {
        var schema = Load($"""<rule context="x"><report test="doc-available('{uri}')">available</report><assert test="doc-available('{uri}')">not available</assert></rule>""");
        Assert.Equal([available ? "available" : "not available"], Messages(schema, "<r><x/></r>"));
    }

    [Theory]
    [InlineData("lists/missing.xml", "no such file")]
    [InlineData("lists/broken.xml", "cannot be read as XML")]
    [InlineData("https://example.com/codes.xml", "never the network")]
    [InlineData("lists/codes.xml#code", "no fragment identifier")]
    public void ADocumentDocCannotReturnIsADynamicErrorAtTheNode(string uri, string said)
    {
        var schema = Load($"""<rule context="x"><assert test="doc('{uri}')//code">never a pass</assert></rule>""");
        var findings = schema.Validate(XDocument.Parse("<r>\n<x/>\n</r>", LoadOptions.SetLineInfo));
        var finding = Assert.Single(findings);
        Assert.Equal(ValidationDiagnostics.EvaluationFailed.Id, finding.Code);
        Assert.Contains(said, finding.Message, StringComparison.Ordinal);
        Assert.Equal(2, ((System.Xml.IXmlLineInfo)finding.Node!).LineNumber);
    }

    [Fact]
    public void DocAvailableGuardsDocAsFrusSchemasUseIt()
    {
        var schema = Load("""
            <let name="ids" value="if (doc-available('https://example.com/ids')) then doc('https://example.com/ids')//code else doc('lists/codes.xml')//code"/>
            <rule context="x"><assert test=". = $ids">unknown <value-of select="."/></assert></rule>
            """);
        Assert.Equal(["unknown bad"], Messages(schema, "<r><x>ok</x><x>bad</x></r>"));
    }

    [Fact]
    public void ACheckUsingASchemaLetThatFailedSaysWhy()
    {
        var schema = Load("""
            <let name="ids" value="doc('lists/snapshot.xml')//code"/>
            <let name="ids-count" value="0"/>
            <rule context="x"><assert test=". = $ids">unknown <value-of select="."/></assert><assert test="$ids-count = 0 or true()">x</assert></rule>
            """);
        var finding = Assert.Single(schema.Validate(XDocument.Parse("<r><x>ok</x></r>"))); // $ids-count is another variable
        Assert.Equal(ValidationDiagnostics.EvaluationFailed.Id, finding.Code);
        Assert.Contains("let 'ids': ", finding.Message, StringComparison.Ordinal);
        Assert.Contains("no such file", finding.Message, StringComparison.Ordinal);
    }

    private static List<string> Messages(SchematronSchema schema, string instance) =>
        [.. schema.Validate(XDocument.Parse(instance)).Select(f => f.Message)];

    private SchematronSchema Load(string rules)
    {
        var path = Path.Combine(_folder, "rules.sch");
        File.WriteAllText(path, $"""
            <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
              <pattern>
                {rules}
              </pattern>
            </schema>
            """);
        return SchematronSchema.Load(path);
    }
}
