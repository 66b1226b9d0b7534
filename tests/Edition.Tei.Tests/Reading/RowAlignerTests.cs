using Edition.Tei.Reading;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Tests.Reading;

/// <summary>Rows of the parallel view: counterparts share a row; texts that claim none stand side by side whole.</summary>
public sealed class RowAlignerTests
{
    private static BlockView P(string id, params string[] counterparts) => new() { Kind = "p", Id = id, Key = counterparts.Length > 0 ? id : null, Counterparts = counterparts };

    [Fact]
    public void TextsWithoutCounterpartsShareOneRowWhole()
    {
        var edition = new TextView("edition", "la", "Latin", [P("e1"), P("e2")]);
        var english = new TextView("translation", "en", "English", [P("t1")]);
        var german = new TextView("translation", "de", "German", []);

        var row = Assert.Single(RowAligner.Align([edition, english, german]));

        Assert.Equal(["e1", "e2"], row.Cells[0]!.Children.Select(b => b.Id));
        Assert.Equal("t1", row.Cells[1]!.Id);
        Assert.Null(row.Cells[2]);
    }

    [Fact]
    public void CounterpartsShareARowAndOthersStandAlone()
    {
        var original = new TextView("original", "ru", "Russian", [P("r0"), P("r1", "e1")]);
        var translation = new TextView("translation", "en", "English", [P("e1", "r1")]);

        var rows = RowAligner.Align([original, translation]);

        Assert.Equal(2, rows.Count);
        Assert.Null(rows[0].Cells[1]);
        Assert.Equal("e1", rows[1].Cells[1]!.Id);
    }
}
