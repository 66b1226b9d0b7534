using Edition.Core.Caching;
using Edition.Tei.Reading;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Reading;

/// <summary>
/// The documents' whole views set down on disk as each file is read: the edition assembled from the readings keeps
/// summaries, and each document's whole view reads back as a reading held in memory gives it.
/// </summary>
public sealed class SpilledDocumentViewsTests
{
    [Fact]
    public void TheEditionHoldsSummariesWhoseWholeViewsReadBackAsTheyWere()
    {
        var (source, tei) = SampleEdition.Encode();
        var readings = tei.Select(t => EditionReader.ReadFile(t)).OfType<TeiFileReading>().ToList();
        var whole = EditionReader.Assemble(source.Info, tei, readings, source.Conventions);
        using var store = new SpilledDocumentViews();
        var held = EditionReader.Assemble(source.Info, tei, readings.Select(store.Hold).ToList(), source.Conventions) with { Stored = store };

        Assert.Equal(whole.Documents.Select(d => d.Id), held.Documents.Select(d => d.Id));
        Assert.All(held.Documents, d => Assert.Equal(0, d.Rows.Count + d.Notes.Count + d.Texts.Sum(t => t.Blocks.Count)));
        Assert.Equal(whole.Documents.Select(d => d.Texts.Select(t => t.Lang)), held.Documents.Select(d => d.Texts.Select(t => t.Lang)));
        Assert.Equal(whole.Documents.Select(BinaryEntry.Write), held.FullDocuments().Select(BinaryEntry.Write));
        Assert.Equal(BinaryEntry.Write(whole.Documents[^1]), BinaryEntry.Write(held.Full(held.Documents[^1])));
    }

    [Fact]
    public void AViewTheStoreDidNotHoldIsItsOwnWholeView()
    {
        var edition = SampleEdition.View;
        using var store = new SpilledDocumentViews();

        Assert.Null(store.Read(edition.Documents[0]));
        Assert.Same(edition.Documents[0], edition.Full(edition.Documents[0]));
        Assert.Null(edition.Stored);
    }
}
