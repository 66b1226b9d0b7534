using System.Xml;
using System.Xml.Linq;
using Edition.Tei.Validation.Schematron;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Diagnostics;

/// <summary>
/// The rules of edition.sch that a build leaves to the integrity checks (alignment, dates): edition.sch is complete on its
/// own (e.g. in an XML editor), so they are run here directly and must fire where the fault is.
/// </summary>
public sealed class EditionSchematronRuleTests
{
    private const string Document = """
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader><fileDesc><titleStmt><title>Rules</title></titleStmt></fileDesc>
            <profileDesc><creation><date when="1951-02-30">30 February</date></creation></profileDesc></teiHeader>
          <text><body><div type="original" xml:lang="ru" xml:id="o">
              <p xml:id="o1">no corresp</p>
              <p xml:id="o2" corresp="#nowhere">points nowhere</p>
              <p xml:id="o3" corresp="#t3">not pointed back</p>
              <p xml:id="o4" corresp="#o5">same text</p>
              <p xml:id="o5" corresp="#o4">same text</p>
            </div>
            <div type="translation" xml:lang="en" xml:id="t">
              <p xml:id="t3" corresp="#o1">points elsewhere</p>
            </div></body></text>
        </TEI>
        """;

    private static readonly Lazy<IReadOnlyList<SchematronFinding>> Findings = new(() =>
        SchematronSchema.Load(Path.Combine(RepoPaths.Schemas, "edition.sch")).Validate(XDocument.Parse(Document, LoadOptions.SetLineInfo)));

    [Theory]
    [InlineData("ED4204", 5, "keyed p 'o1' has no @corresp pointing to its counterpart in the other text")]
    [InlineData("ED4205", 6, "@corresp of p 'o2' points to '#nowhere', which is not in this document")]
    [InlineData("ED4206", 7, "the counterpart 't3' of p 'o3' does not point back to it")]
    [InlineData("ED4207", 8, "@corresp of p 'o4' points into the same text; it must point to the other one")]
    [InlineData("ED4215", 3, "@when='1951-02-30' on date is not a W3C date (YYYY, YYYY-MM, YYYY-MM-DD or a dateTime)")]
    public void RuleFiresAtTheFault(string code, int line, string message)
    {
        var finding = Assert.Single(Findings.Value, f => f.Code == code && LineOf(f.Node) == line);
        Assert.Equal(message, finding.Message);
    }

    /// <summary>Texts as Edition writes them: three aligned texts, a gap for a segment one lacks on purpose, a witness of the base, a text alone.</summary>
    [Theory]
    [InlineData("""
        <div type="original" xml:lang="de" xml:id="o" corresp="#e #f #b">
          <p xml:id="o1" corresp="#e1 #f1 #b1">eins</p><p xml:id="o2" corresp="#e2 #f2 #b2">nur hier</p></div>
        <div type="translation" xml:lang="en" xml:id="e" corresp="#o #f">
          <p xml:id="e1" corresp="#o1 #f1">one</p><gap xml:id="e2" reason="untranslated" corresp="#o2 #f2"/></div>
        <div type="translation" xml:lang="fr" xml:id="f" corresp="#o #e">
          <p xml:id="f1" corresp="#o1 #e1">un</p><gap xml:id="f2" reason="untranslated" corresp="#o2 #e2"/></div>
        <div type="witness" xml:lang="de" xml:id="b" n="B" corresp="#o">
          <p xml:id="b1" corresp="#o1">eins</p><gap xml:id="b2" reason="missing" corresp="#o2"/></div>
        """)]
    [InlineData("""<div type="translation" xml:lang="en" xml:id="e"><p xml:id="e1">a text alone</p></div>""")]
    public void AlignedTextsPass(string body)
    {
        var tei = $"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Texts</title></titleStmt></fileDesc></teiHeader><text><body>{body}</body></text></TEI>""";
        var findings = SchematronSchema.Load(Path.Combine(RepoPaths.Schemas, "edition.sch")).Validate(XDocument.Parse(tei, LoadOptions.SetLineInfo));
        Assert.Empty(findings);
    }

    private static int LineOf(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
