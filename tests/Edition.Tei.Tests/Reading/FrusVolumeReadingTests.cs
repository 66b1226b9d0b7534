using Edition.Tei.Reading;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Reading;

/// <summary>The FRUS volumes of <c>../shared/</c> read as volumes: front, chapters and back as pages, documents placed and dated.</summary>
[Trait("Speed", "Slow")]
public sealed class FrusVolumeReadingTests
{
    private static TeiFileReading Volume(string name) => VolumeReadingTests.Read(Path.Combine(RepoPaths.Shared, "corpus", "frus", name + ".xml"));

    [SkippableFact]
    public void FrontChaptersAndBackOfAVolumeArePages()
    {
        var read = Volume("frus1930v01");
        var parts = read.Parts.Select(p => p.View).ToDictionary(p => p.DivId ?? p.Id);
        Assert.Equal("front", parts["preface"].Matter);
        Assert.Equal("Preface", parts["preface"].Title);
        Assert.Equal("back", parts["index"].Matter);
        Assert.Equal("frus1930v01-comp1", parts["ch1"].PartId);
        Assert.Equal("frus1930v01-ch14", parts["ch14subch1"].PartId);

        // Every document sits in its chapter, and the chapters' pages list them in the volume's order.
        var documents = read.Documents.Select(d => d.View).ToList();
        Assert.All(documents, d => Assert.NotNull(d.PartId));
        Assert.Equal(113, documents.Count(d => d.PartId == "frus1930v01-ch1"));
        Assert.Equal(documents.Select(d => d.Position).Order(), documents.Select(d => d.Position));
    }

    [SkippableFact]
    public void DatesComeFromTheDocumentDivisionsFrusAttributes()
    {
        var read = Volume("frus1872p2v5");
        var divisions = System.Xml.Linq.XDocument.Load(Path.Combine(RepoPaths.Shared, "corpus", "frus", "frus1872p2v5.xml"))
            .Descendants().Where(e => e.Attribute(DocumentDates.Frus + "doc-dateTime-min") is not null)
            .ToDictionary(e => (string)e.Attribute(System.Xml.Linq.XNamespace.Xml + "id")!, e => ((string)e.Attribute(DocumentDates.Frus + "doc-dateTime-min")!)[..10]);
        Assert.True(divisions.Count > 50);
        foreach (var d in read.Documents.Select(r => r.View).Where(d => divisions.ContainsKey(d.DivId!)))
        {
            Assert.Equal(divisions[d.DivId!], d.Date);
        }
    }
}
