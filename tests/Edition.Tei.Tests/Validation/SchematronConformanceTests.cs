using System.Xml.Linq;
using Edition.Core.Diagnostics;
using Edition.Tei.Validation;
using Edition.Tei.Validation.Schematron;

namespace Edition.Tei.Tests.Validation;

/// <summary>
/// ISO Schematron (19757-3) where it is strict: a schema whose expressions do not compile cannot be used, a
/// dynamic error is no pass, and the XSLT functions of the xslt query binding (current, key, document) run.
/// </summary>
public sealed class SchematronConformanceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "edition-sch-" + Guid.NewGuid().ToString("N"));

    public SchematronConformanceTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("<rule context=\"foo bar\"><assert test=\"true()\">x</assert></rule>", "rule context")]
    [InlineData("<rule context=\"a\"><assert test=\"1 +\">x</assert></rule>", "assert test")]
    [InlineData("<rule context=\"a\"><report test=\"no-such-function(.)\">x</report></rule>", "unknown function no-such-function#1")]
    [InlineData("<rule context=\"a\"><assert test=\"f:undeclared(.)\">x</assert></rule>", "unknown function f:undeclared#1")]
    [InlineData("<rule context=\"a\"><assert test=\"nope:x\">x</assert></rule>", "assert test")]
    public void AnExpressionThatDoesNotCompileMakesTheSchemaUnusable(string rule, string said)
    {
        var schema = Load(Pattern(rule + "<rule context=\"b\"><assert test=\"false()\">b is wrong</assert></rule>"));
        var problem = Assert.Single(schema.Problems, p => p.Code == ValidationDiagnostics.ExpressionDoesNotCompile.Id);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal(5, problem.Span.Line); // the rule's or check's own line in the .sch
        Assert.Contains(said, problem.Message, StringComparison.Ordinal);
        Assert.False(schema.IsRunnable);
        Assert.Empty(schema.Validate(XDocument.Parse("<r><a/><b/></r>"))); // no verdict at all, not a pass
    }

    [Fact]
    public void AllowingIncompleteRulesSkipsThemWithACount()
    {
        var schema = Load(Pattern("""
            <rule context="foo bar"><assert test="true()">x</assert></rule>
            <rule context="a"><assert test="1 +">x</assert><assert test="false()">a is wrong</assert></rule>
            <rule context="b"><assert test="false()">b is wrong</assert></rule>
            """), allowIncomplete: true);
        Assert.All(schema.Problems.Where(p => p.Code == ValidationDiagnostics.ExpressionDoesNotCompile.Id), p => Assert.Equal(Severity.Warning, p.Severity));
        var skipped = Assert.Single(schema.Problems, p => p.Code == ValidationDiagnostics.RulesSkipped.Id);
        Assert.StartsWith("2 rule(s) of 3 skipped", skipped.Message, StringComparison.Ordinal);
        Assert.Equal(["b is wrong"], schema.Validate(XDocument.Parse("<r><a/><b/></r>")).Select(f => f.Message));
    }

    [Fact]
    public void ADynamicErrorIsAnErrorAtTheNodeNeverAPass()
    {
        var schema = Load(Pattern("""<rule context="x"><assert test="floor(.) = 1">x is not about 1</assert></rule>"""));
        // fn:floor takes a number: an untyped value is a type error (XPTY0004), so the check has no verdict.
        var document = XDocument.Parse("<r>\n<y/>\n<x>abc</x>\n</r>", LoadOptions.SetLineInfo);
        var findings = schema.Validate(document);
        Assert.True(findings.Count == 1, string.Join("\n", findings.Select(f => f.Code + " " + f.Message)));
        var finding = findings[0];
        Assert.Equal(ValidationDiagnostics.EvaluationFailed.Id, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(3, ((System.Xml.IXmlLineInfo)finding.Node!).LineNumber);
    }

    [Fact]
    public void CurrentIsTheRuleContextInsidePredicates()
    {
        var schema = Load(Pattern("""<rule context="ref"><assert test="//target[@n = current()/@to]">no target <value-of select="@to"/></assert></rule>"""));
        Assert.DoesNotContain(schema.Problems, p => p.Severity == Severity.Error);
        var findings = schema.Validate(XDocument.Parse("<r><target n='1'/><ref to='1'/><ref to='2'/></r>"));
        Assert.Equal(["no target 2"], findings.Select(f => f.Message));
    }

    [Fact]
    public void KeyFindsNodesByTheSchemasXslKey()
    {
        var schema = Load(Pattern(
            """<rule context="ref"><assert test="key('persons', @to)">no person <value-of select="@to"/></assert><report test="count(key('persons', @to)) gt 1">two persons <value-of select="@to"/></report></rule>""",
            """<xsl:key name="persons" match="person" use="@id"/>"""));
        Assert.DoesNotContain(schema.Problems, p => p.Code == ValidationDiagnostics.UnsupportedConstruct.Id);
        var findings = schema.Validate(XDocument.Parse("<r><person id='a'/><person id='b'/><person id='b'/><ref to='a'/><ref to='c'/><ref to='b'/></r>"));
        Assert.Equal(["no person c", "two persons b"], findings.Select(f => f.Message));
    }

    [Fact]
    public void DocumentReadsLocalFilesRelativeToTheSchemaNeverTheNetwork()
    {
        File.WriteAllText(Path.Combine(_folder, "codes.xml"), "<codes><code>ok</code></codes>");
        var schema = Load(Pattern("""
            <rule context="x"><assert test=". = document('codes.xml')//code">unknown code <value-of select="."/></assert></rule>
            <rule context="y"><assert test="document('https://example.com/codes.xml')//code">never read</assert></rule>
            <rule context="z"><assert test="document('missing.xml')">never read</assert></rule>
            """));
        var findings = schema.Validate(XDocument.Parse("<r><x>ok</x><x>bad</x><y/><z/></r>"));
        Assert.Equal("unknown code bad", findings[0].Message);
        Assert.Contains("never the network", Assert.Single(findings, f => f.Message.Contains("example.com", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Assert.Contains("no such file", Assert.Single(findings, f => f.Message.Contains("missing.xml", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Assert.All(findings.Skip(1), f => Assert.Equal(ValidationDiagnostics.EvaluationFailed.Id, f.Code));
    }

    [Fact]
    public void UnsupportedStandardFunctionsAreCountedBeforeAnyVerdict()
    {
        var schema = Load(Pattern("""
            <rule context="a"><assert test="unparsed-text-available('x.txt')">x</assert><assert test="contains-token(@t, 'k')">x</assert><assert test="(@n || '') = ''">x</assert><assert test="false()">a is wrong</assert></rule>
            """));
        Assert.True(schema.IsRunnable, string.Join("\n", schema.Problems));
        Assert.Equal(3, schema.Problems.Count(p => p.Code == ValidationDiagnostics.UnsupportedExpression.Id));
        var summary = Assert.Single(schema.Problems, p => p.Code == ValidationDiagnostics.EngineGaps.Id);
        Assert.StartsWith("3 of 4 check(s)", summary.Message, StringComparison.Ordinal);
        Assert.Contains("function unparsed-text-available#1 ×1", summary.Message, StringComparison.Ordinal);
        Assert.Contains("XPath 3 syntax", summary.Message, StringComparison.Ordinal);
        Assert.Equal(["a is wrong"], schema.Validate(XDocument.Parse("<r><a/></r>")).Select(f => f.Message));
    }

    private static string Pattern(string rules, string declarations = "") => $"""
        <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
          <ns prefix="f" uri="urn:f"/>
          {declarations}
          <pattern>
            {rules}
          </pattern>
        </schema>
        """;

    private SchematronSchema Load(string text, bool allowIncomplete = false)
    {
        var path = Path.Combine(_folder, "rules.sch");
        File.WriteAllText(path, text);
        return SchematronSchema.Load(path, allowIncomplete: allowIncomplete);
    }
}
