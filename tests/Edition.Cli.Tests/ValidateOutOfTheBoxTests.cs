using Edition.Build.Validation;
using Edition.TestSupport;
using Edition.Tei.Encoding;
using Edition.Tei.Validation;

namespace Edition.Cli.Tests;

/// <summary>
/// <c>edition validate FILE</c> with no options: the schema a file names in its xml-model (the official tei_all URL
/// standing for the shipped copy), else the shipped tei_all for TEI, with the integrity checks of a project; and
/// it says which schema it used. Verdicts agree with jing's on the same schema.
/// </summary>
public sealed class ValidateOutOfTheBoxTests : IDisposable
{
    private const string Header = """<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>T</p></publicationStmt><sourceDesc><p>T</p></sourceDesc></fileDesc></teiHeader>""";

    private const string TeiAllModel = """<?xml-model href="https://tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>""";

    private readonly string _root = Directory.CreateTempSubdirectory("edition-validate-tei-").FullName;

    [SkippableTheory]
    [InlineData("<p>valid</p>", true)]
    [InlineData("<p><unknownElement/></p>", false)]
    [InlineData("<p xml:id=\"a\"/><p xml:id=\"a\"/>", false)]
    [InlineData("<p><date when=\"1951-06-21\">21 June</date></p>", true)]
    public void AgreesWithJingOnTheShippedTeiAll(string body, bool valid)
    {
        var file = Write("a.xml", Tei(body));

        var (exit, output, error) = CliRunner.Run("validate", file);

        Assert.Equal(valid ? ExitCode.Success : ExitCode.InvalidInput, exit);
        Assert.Equal(valid, Jing.Validate(GateSetup.ShippedTeiAll, file).ExitCode == 0);
        Assert.Contains("with tei_all.rng (TEI P5 4.12.0, shipped)", error, StringComparison.Ordinal);
        Assert.True(valid || output.Contains("a.xml(1,", StringComparison.Ordinal), output);
    }

    [Fact]
    public void TheOfficialTeiAllUrlStandsForTheShippedCopy()
    {
        var (exit, _, error) = CliRunner.Run("validate", Write("a.xml", TeiAllModel + "\n" + Tei("<p>valid</p>")));

        Assert.Equal(ExitCode.Success, exit);
        Assert.Contains("validated 1 file(s) with tei_all.rng (TEI P5 4.12.0, shipped) (its xml-model)", error, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("ISO-8859-1", "café")]
    [InlineData("windows-1252", "Šafařík")]
    public void AFileInTheEncodingItsDeclarationNamesIsReadInIt(string encoding, string id)
    {
        // "é" in ISO-8859-1 is one byte (E9) that is not UTF-8: read as UTF-8, the id would not be a name. "Š" is 8A
        // in windows-1252, a control character in ISO-8859-1.
        var file = Path.Combine(_root, "declared.xml");
        File.WriteAllBytes(file, (System.Text.CodePagesEncodingProvider.Instance.GetEncoding(encoding) ?? System.Text.Encoding.GetEncoding(encoding)).GetBytes($"<?xml version=\"1.0\" encoding=\"{encoding}\"?>\n" + Tei($"<p xml:id=\"{id}\">x</p><p><ref target=\"#{id}\">y</ref></p>")));

        var (exit, output, _) = CliRunner.Run("validate", file);

        Assert.Equal(0, Jing.Validate(GateSetup.ShippedTeiAll, file).ExitCode);
        Assert.True(exit == ExitCode.Success, output);
    }

    [Fact]
    public void AnEntityOfTheUnreadInternalSubsetIsSaidSoWithWhatToWrite()
    {
        var file = Write("entity.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n<!ENTITY mdash \"&#x2014;\">\n]>\n" + Tei("<p>a &mdash; b</p>"));

        var (exit, output, _) = CliRunner.Run("validate", file);

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains($"entity.xml(5,", output, StringComparison.Ordinal);
        Assert.Contains($"error {EncodingDiagnostics.EntityOfUnreadDtd.Id}: the entity '&mdash;' is not declared: the DOCTYPE's internal subset (line 2) declares it", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFileIsNotWellFormedAtItsStart()
    {
        var (exit, output, _) = CliRunner.Run("validate", Write("empty.xml", ""));

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains($"empty.xml(1,1): error {EncodingDiagnostics.TeiNotWellFormed.Id}: not well-formed XML: Root element is missing", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ADanglingPointerIsAnError()
    {
        var (exit, output, _) = CliRunner.Run("validate", Write("a.xml", Tei("<p corresp=\"#no-such-id\">x</p>")));

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains($"a.xml(1,", output, StringComparison.Ordinal);
        Assert.Contains($"error {ValidationDiagnostics.UnresolvedLocalPointer.Id}: @corresp of <p> points to '#no-such-id'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnXmlModelSchemaThatIsNotHereIsAWarningAtItsLineAndTeiAllValidates()
    {
        var file = Write("a.xml", "<?xml version=\"1.0\"?>\n<?xml-model href=\"schema/missing.rng\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n" + Tei("<p>x</p>"));

        var (exit, output, error) = CliRunner.Run("validate", file);

        Assert.Equal(ExitCode.Success, exit);
        Assert.Contains($"a.xml(2,1): warning {ValidationDiagnostics.XmlModelSchemaMissing.Id}: xml-model names the schema 'schema/missing.rng', which is not on this machine; validated with tei_all instead", output, StringComparison.Ordinal);
        Assert.Contains("(the file is TEI and names no schema on this machine)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnXmlModelSchemaBesideTheFileIsUsedWithItsSchematron()
    {
        Write("schema/only-p.rng", """<element name="TEI" ns="http://www.tei-c.org/ns/1.0" xmlns="http://relaxng.org/ns/structure/1.0"><zeroOrMore><element name="p"><text/></element></zeroOrMore></element>""");
        Write("schema/rules.sch", """<schema xmlns="http://purl.oclc.org/dsdl/schematron"><ns prefix="t" uri="http://www.tei-c.org/ns/1.0"/><pattern><rule context="t:p"><assert test="string-length(.) &gt; 2">too short</assert></rule></pattern></schema>""");
        var file = Write("a.xml", """
            <?xml-model href="schema/only-p.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>
            <?xml-model href="schema/rules.sch" schematypens="http://purl.oclc.org/dsdl/schematron"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><p>long enough</p><p>x</p></TEI>
            """);

        var (exit, output, error) = CliRunner.Run("validate", file);

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains("a.xml(3,", output, StringComparison.Ordinal);
        Assert.Contains("too short", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ED3", output, StringComparison.Ordinal);
        Assert.Contains("only-p.rng (its xml-model)", error, StringComparison.Ordinal);
        Assert.Contains("rules.sch (Schematron, its xml-model)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotTeiAndNamesNoSchemaHasNone()
    {
        var (exit, output, _) = CliRunner.Run("validate", Write("a.xml", "<doc/>"));

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains($"a.xml(1,1): error {CommandDiagnostics.NoSchema.Id}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheVersionNamesTheShippedTeiRelease()
    {
        var (exit, output, _) = CliRunner.Run("--version");

        Assert.Equal(ExitCode.Success, exit);
        Assert.Contains("tei_all: TEI P5 4.12.0 (shipped; TEI Consortium, CC-BY 3.0 / BSD-2-Clause)", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void TheShippedTeiAllIsTheOfficialFileUnchanged()
    {
        var shared = Path.Combine(RepoPaths.Shared, "tei", "tei_all.rng");
        Assert.Equal(File.ReadAllBytes(shared), File.ReadAllBytes(Path.Combine(RepoPaths.Schemas, "tei_all.rng")));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Schemas, "tei_all.NOTICE.md")));
        Assert.Equal("TEI P5 4.12.0", VersionText.TeiRelease(GateSetup.ShippedTeiAll));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Tei(string body) => $"""<TEI xmlns="http://www.tei-c.org/ns/1.0">{Header}<text><body>{body}</body></text></TEI>""";

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
