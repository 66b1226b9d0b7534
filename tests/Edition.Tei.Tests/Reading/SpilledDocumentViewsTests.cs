using Edition.Core.Caching;
using Edition.Tei.Reading;
using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Reading;

/// <summary>The documents' whole views set down on disk: the edition keeps summaries, and each reads back as it was.</summary>
public sealed class SpilledDocumentViewsTests
{
    [Fact]
    public void TheEditionHoldsSummariesWhoseWholeViewsReadBackAsTheyWere()
    {
        var edition = SampleEdition.View;
        using var store = new SpilledDocumentViews();
        var held = store.Hold(edition);

        Assert.Same(store, held.Stored);
        Assert.Equal(edition.Documents.Select(d => d.Id), held.Documents.Select(d => d.Id));
        Assert.All(held.Documents, d => Assert.True(d.Rows.Count + d.Notes.Count + d.Texts.Sum(t => t.Blocks.Count) == 0));
        Assert.Equal(edition.Documents.Select(d => d.Texts.Select(t => t.Lang)), held.Documents.Select(d => d.Texts.Select(t => t.Lang)));
        for (var i = 0; i < edition.Documents.Count; i++)
        {
            Assert.Equal(BinaryEntry.Write(edition.Documents[i]), BinaryEntry.Write(held.Full(held.Documents[i])));
        }

        Assert.Equal(edition.Documents.Select(BinaryEntry.Write), held.FullDocuments().Select(BinaryEntry.Write));
    }

    [Fact]
    public void AViewTheStoreDidNotMakeIsItsOwnWholeView()
    {
        var edition = SampleEdition.View;
        using var store = new SpilledDocumentViews();
        var held = store.Hold(edition);

        Assert.Same(edition.Documents[0], held.Full(edition.Documents[0]));
        Assert.Same(edition.Documents[0], edition.Full(edition.Documents[0]));
        Assert.Null(edition.Stored);
    }
}
