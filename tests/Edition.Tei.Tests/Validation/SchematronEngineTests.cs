using System.Xml.Linq;
using Edition.Core.Diagnostics;
using Edition.Tei.Validation;
using Edition.Tei.Validation.Schematron;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Validation;

/// <summary>Engine behaviour not covered by the invalid cases: thread safety, known XPath2 defects, fn:id, TEI's own Schematron.</summary>
public sealed class SchematronEngineTests
{
    private const string Schema = """
        <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
          <pattern id="order">
            <rule context="b"><assert test="preceding::a[1]/@n = '2'">nearest preceding a is not 2</assert></rule>
            <rule context="c"><assert test="count(preceding-sibling::*) = 1">c has <value-of select="count(preceding-sibling::*)"/> preceding siblings</assert></rule>
          </pattern>
        </schema>
        """;

    private static SchematronSchema LoadText(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), "edition-sch-" + Guid.NewGuid().ToString("N") + ".sch");
        File.WriteAllText(path, text);
        try
        {
            return SchematronSchema.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void KnownXPath2DefectsAreReportedNotRun()
    {
        var schema = LoadText(Schema);
        var gap = Assert.Single(schema.Problems, p => p.Code != ValidationDiagnostics.EngineGaps.Id);
        Assert.Equal(ValidationDiagnostics.UnsupportedExpression.Id, gap.Code);
        Assert.Contains("preceding axis", gap.Message, StringComparison.Ordinal);
        var findings = schema.Validate(XDocument.Parse("<r><a n='1'/><a n='2'><b/></a><c/></r>"));
        var finding = Assert.Single(findings);
        Assert.Equal("c has 2 preceding siblings", finding.Message);
    }

    [Fact]
    public void ValidatesInParallelWithTheSameResults()
    {
        var schema = LoadText(Schema);
        var documents = Enumerable.Range(1, 40).Select(n => XDocument.Parse("<r><a/>" + string.Concat(Enumerable.Repeat("<c/>", n % 5 + 1)) + "</r>")).ToList();
        var sequential = documents.Select(d => schema.Validate(d).Count).ToList();
        var parallel = new int[documents.Count];
        Parallel.For(0, documents.Count, i => parallel[i] = schema.Validate(documents[i]).Count);
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void IdFindsElementsByXmlIdInDocumentOrder()
    {
        var schema = LoadText("""
            <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
              <pattern>
                <rule context="ref"><report test="true()">[<value-of select="string-join(id(@to)/@n, ',')"/>]</report></rule>
                <rule context="span"><assert test="id(@to) &gt;&gt; .">span points backwards</assert></rule>
                <rule context="far"><report test="true()">[<value-of select="id(@to, /r/x[1])/@n"/>]</report></rule>
              </pattern>
            </schema>
            """);
        Assert.Empty(schema.Problems);
        var document = XDocument.Parse("""
            <r><x xml:id="a" n="1"/><x xml:id=" b " n="2"/><x xml:id="a" n="3"/>
               <ref to="b a"/><ref to="nowhere #a"/><ref to="  b  "/><span to="a"/><span to="end"/><far to="a"/><x xml:id="end" n="4"/></r>
            """);
        var findings = schema.Validate(document).Select(f => f.Message).ToList();
        // Each id once, in document order, the first of a repeated id; ids are whitespace-collapsed.
        Assert.Equal(["[1,2]", "[]", "[2]", "span points backwards", "[1]"], findings);
    }

    [Fact]
    public void IdSeesADocumentAsItIsWhenValidatedAgain()
    {
        var schema = LoadText("""
            <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
              <pattern><rule context="ref"><assert test="id(@to)">no <value-of select="@to"/></assert></rule></pattern>
            </schema>
            """);
        var document = XDocument.Parse("<r><x xml:id='a'/><ref to='a'/></r>");
        Assert.Empty(schema.Validate(document));
        document.Root!.Element("x")!.SetAttributeValue(XNamespace.Xml + "id", "b");
        Assert.Equal("no a", Assert.Single(schema.Validate(document)).Message);
    }

    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void TeiAllEmbeddedSchematronRunsOnTheSample()
    {
        var schema = SchematronSchema.Load(Path.Combine(RepoPaths.Shared, "tei", "tei_all.isosch"));
        Assert.DoesNotContain(schema.Problems, p => p.Severity == Severity.Error);
        var (total, runnable) = schema.CheckCount;
        Assert.True(runnable >= total * 9 / 10, $"{runnable} of {total} tei_all checks runnable");
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Golden", "mao-stalin-1951", "tei")))
        {
            var findings = schema.Validate(TeiInstance.Load(file).Document);
            Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
        }
    }
}
