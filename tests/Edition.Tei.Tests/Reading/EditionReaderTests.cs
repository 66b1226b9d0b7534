using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Tei.Encoding;
using Edition.Tei.Reading;
using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Reading;

/// <summary>The sample's TEI read back into view models: alignment, notes, apparatus, indices.</summary>
public sealed class EditionReaderTests
{
    private static readonly Lazy<EditionView> Sample = new(() => SampleEdition.View);

    private static DocumentView Telegram => Assert.Single(Sample.Value.Documents);

    [Fact]
    public void ReadsMetadataFromTheHeader()
    {
        var d = Telegram;
        Assert.Equal("Telegram from Mao Zedong to I.V. Stalin", d.Title);
        Assert.Equal("1951-06-21", d.Date);
        Assert.Equal("mao-zedong", d.Sender!.PersonId);
        Assert.Equal("stalin", d.Recipient!.PersonId);
        Assert.Equal("APRF", d.Archive!.RepositoryAbbr);
        Assert.Equal(("45", "1", "339", "64", "65"), (d.Archive.Fond, d.Archive.Opis, d.Archive.Delo, d.Archive.FolioFrom, d.Archive.FolioTo));
        Assert.Equal("112111", d.SourceRecord);
    }

    [Fact]
    public void EveryKeyedSegmentSharesARowWithItsCounterpart()
    {
        var aligned = Telegram.Rows.Where(r => r.IsAligned).ToList();
        string[] keys = ["header", "telegram", "copies", "received", "series", "address", "salute", "p1", "p1-2", "p1-3", "p1-4", "p2", "p2-2", "p2-3", "p2-4", "p3", "p4", "p5", "p6", "closer"];
        Assert.Equal(keys, aligned.Select(r => r.Key));
        Assert.All(aligned, r =>
        {
            Assert.Equal("ru", r.Cells[0]!.Lang);
            Assert.Equal("en", r.Cells[1]!.Lang);
            Assert.Contains(r.Cells[1]!.Id!, r.Cells[0]!.Counterparts);
        });
    }

    [Fact]
    public void UnalignedApparatusStandsInRowsOfItsOwn()
    {
        var ruOnly = Telegram.Rows.Where(r => r.Cells[1] is null).Select(r => r.Cells[0]!).ToList();
        Assert.Contains(ruOnly, b => b.Kind == "fw" && b.Type == "catch");
        Assert.Contains(ruOnly, b => b.Kind == "pb" && b.N == "65");
        Assert.Contains(ruOnly, b => b.Kind == "table" || b.Kind == "fw" && b.Type == "stamp");
        Assert.Equal(Telegram.Texts[0].Blocks.Count, Telegram.Rows.Count(r => r.Cells[0] is not null));
        Assert.Equal(Telegram.Texts[1].Blocks.Count, Telegram.Rows.Count(r => r.Cells[1] is not null));
    }

    [Fact]
    public void NotesAreNumberedThroughTheDocument()
    {
        Assert.Equal([1, 2, 3, 4, 5], Telegram.Notes.Select(n => n.Number));
        Assert.Equal(["ru", "ru", "ru", "en", "en"], Telegram.Notes.Select(n => n.Lang));
        Assert.All(Telegram.Notes, n => Assert.NotEmpty(n.Content));
    }

    [Fact]
    public void ApparatusRecordsThePublishedReading()
    {
        var app = Assert.Single(Telegram.Apparatus);
        Assert.Equal("sixty", Assert.IsType<TextNode>(Assert.Single(app.Lemma)).Text);
        var reading = Assert.Single(app.Readings);
        Assert.Equal(["d1951-06-21-wit-WCDA"], reading.Witnesses);
        Assert.Equal("sixteen", Assert.IsType<TextNode>(Assert.Single(reading.Content)).Text);
        Assert.Equal("d1951-06-21-en-p5", app.SegmentId);
    }

    [Fact]
    public void IndicesListOccurrencesInBothLanguages()
    {
        var stalin = Sample.Value.Persons.Single(p => p.Id == "stalin");
        Assert.Contains("Filippov", stalin.Aliases);
        Assert.Contains(stalin.Occurrences, o => o.Lang == "ru" && o.Form == "ФИЛИППОВ");
        Assert.Contains(stalin.Occurrences, o => o.Lang == "en" && o.Form == "FILIPPOV");
        var korea = Sample.Value.Places.Single(p => p.Id == "korea");
        Assert.Equal(4, korea.Occurrences.Count);
    }
}
