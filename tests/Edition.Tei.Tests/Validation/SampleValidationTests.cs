using System.Xml.Linq;
using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Tei.Encoding;
using Edition.Tei.Validation;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Validation;

/// <summary>The sample edition passes the gate; a fault put into its generated TEI is reported in the author's file.</summary>
public sealed class SampleValidationTests
{
    private static (Core.Source.Model.EditionSource Source, IReadOnlyList<EncodedDocument> Tei) Encode() => SampleEdition.Encode();

    private static ValidationOptions Options => new() { ProjectSchematron = Path.Combine(RepoPaths.Schemas, "edition.sch") };

    [Fact]
    public void SamplePassesWithFullAlignment()
    {
        var (source, tei) = Encode();
        var bag = new DiagnosticBag();
        var report = ValidationGate.Validate(tei, source, Options, bag);
        Assert.Empty(bag.Sorted());
        var coverage = Assert.Single(report.Coverage);
        Assert.Equal("d1951-06-21.xml", coverage.FileName);
        Assert.Equal(coverage.Keyed, coverage.Aligned);
        Assert.True(coverage.Keyed >= 40, $"only {coverage.Keyed} keyed segments found");
    }

    [Fact]
    public void FaultInGeneratedTeiIsReportedAtTheAuthorsSource()
    {
        var (source, tei) = Encode();
        var doc = tei.Single(d => d.FileName == "d1951-06-21.xml");
        var p5 = doc.Tei.Descendants(Encoding.Tei.Ns + "p").Single(p => (string?)p.Attribute(Encoding.Tei.XmlId) == "d1951-06-21-en-p5");
        p5.SetAttributeValue("corresp", "#d1951-06-21-ru-p4");
        p5.Descendants(Encoding.Tei.Ns + "rdg").Single().SetAttributeValue("wit", "#d1951-06-21-wit-X");

        var bag = new DiagnosticBag();
        ValidationGate.Validate(tei, source, Options, bag);
        var errors = bag.Sorted().Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, d => d.Code == ValidationDiagnostics.UnresolvedLocalPointer.Id && d.Span.File.EndsWith("translation.en.md", StringComparison.Ordinal) && d.Secondary is { File: "tei/d1951-06-21.xml" });
        var reciprocity = errors.Where(d => d.Code == ValidationDiagnostics.CorrespNotReciprocal.Id).ToList();
        Assert.Equal(2, reciprocity.Count); // en-p5 now points to ru-p4 (which points to en-p4), and ru-p5 is no longer pointed back to
        Assert.All(reciprocity, d => Assert.True(d.Span.File.EndsWith(".md", StringComparison.Ordinal), d.ToString()));
        Assert.All(errors, d => Assert.True(d.Secondary?.Line > 0, d.ToString()));
    }

    [Fact]
    public void SchemaChoiceForTeiIn()
    {
        var dir = Directory.CreateTempSubdirectory("edition-schema-choice").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "local.rng"), "<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start><element name='TEI'><empty/></element></start></grammar>");
            var file = Path.Combine(dir, "a.xml");
            const string withModelText = "<?xml-model href=\"local.rng\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?><TEI/>";
            var withModel = XDocument.Parse(withModelText);
            const string remoteModelText = "<?xml-model href=\"https://tei-c.org/tei_all.rng\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?><TEI/>";
            var remoteModel = XDocument.Parse(remoteModelText);
            // A TEI-in file's schema is read from its bytes' prolog, not its tree (which may never be parsed).
            EncodedDocument TeiIn(string text) => new("a", "a.xml", null, file, System.Text.Encoding.UTF8.GetBytes(text));
            var options = new ValidationOptions { DefaultSchema = "tei_all.rng", GeneratedSchema = "edition.rng" };
            var source = new Core.Source.Model.EditionSource(dir, new Core.Source.Model.EditionInfo { Id = "x", Title = "x", Schema = "configured.rng" }, [], [], []);

            Assert.Equal(Path.Combine(dir, "local.rng"), SchemaSelector.Select(TeiIn(withModelText), source, options));
            File.WriteAllText(Path.Combine(dir, "local.rnc"), "element TEI { empty }");
            const string compactModelText = "<?xml-model href=\"local.rnc\" type=\"application/relax-ng-compact-syntax\"?><TEI/>";
            Assert.Equal(Path.Combine(dir, "local.rnc"), SchemaSelector.Select(TeiIn(compactModelText), source, options));
            Assert.Equal(Path.Combine(dir, "configured.rng"), SchemaSelector.Select(TeiIn(remoteModelText), source, options));
            Assert.Equal("tei_all.rng", SchemaSelector.Select(TeiIn(remoteModelText), source with { Info = source.Info with { Schema = null } }, options));
            Assert.Equal("edition.rng", SchemaSelector.Select(new EncodedDocument("a", "a.xml", remoteModel, file), source, options));
            Assert.Equal("forced.rng", SchemaSelector.Select(TeiIn(withModelText), source, options with { SchemaOverride = "forced.rng" }));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
