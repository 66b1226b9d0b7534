using Edition.Tei.Validation;
using Edition.Tei.Validation.Integrity;

namespace Edition.Tei.Tests.Validation;

/// <summary>
/// What the integrity checks read as the document's: markup inside an example (egXML, the TEI Examples namespace)
/// is shown, not part of the document, so its ids, pointers and dates are not the document's (the TEI Consortium's
/// own test files show an xml:id in an example and then use it in the text); @from and @to are dates only where
/// tei_all says so.
/// </summary>
public sealed class ExampleIntegrityTests
{
    private const string Header = "<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>T</p></publicationStmt><sourceDesc><p>T</p></sourceDesc></fileDesc></teiHeader>";

    [Fact]
    public void AnExamplesIdsPointersAndDatesAreNotTheDocuments()
    {
        var facts = Facts("""
            <egXML xmlns="http://www.tei-c.org/ns/Examples" xml:id="ex1"><p xml:id="a"><ref target="#nowhere"/><date when="not a date"/></p></egXML>
            <p xml:id="a"><ref target="#ex1">the example</ref></p>
            """);

        Assert.Empty(facts.Local);
    }

    [Fact]
    public void TheSameFaultsOutsideAnExampleAreReported()
    {
        var facts = Facts("""
            <p xml:id="a"><ref target="#nowhere"/><date when="not a date"/></p>
            <p xml:id="a"/>
            """);

        Assert.Equal(
            new[] { ValidationDiagnostics.DuplicateId.Id, ValidationDiagnostics.MalformedDate.Id, ValidationDiagnostics.UnresolvedLocalPointer.Id }.Order(StringComparer.Ordinal),
            facts.Local.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FromAndToOnAnApparatusEntryOrRubyTextArePointersNotDates()
    {
        var facts = Facts("""<p><anchor xml:id="a1"/>word<anchor xml:id="a2"/></p><app from="#a1" to="#a2"><rdg>w</rdg></app>""");

        Assert.Empty(facts.Local);
    }

    private static FileIntegrity Facts(string body) =>
        IntegrityChecker.Facts(TeiInstance.Parse("a.xml", $"""<TEI xmlns="http://www.tei-c.org/ns/1.0">{Header}<text><body>{body}</body></text></TEI>"""));
}
