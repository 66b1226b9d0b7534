using Edition.Rendering.Latex;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Tests.Latex;

/// <summary>The running heads' title: the short title, else a long title cut at a word with an ellipsis.</summary>
public sealed class RunningHeadTests
{
    private static DocumentView Document(string title, string? shortTitle = null) => new() { Id = "d", Title = title, ShortTitle = shortTitle, TeiFile = "d.xml" };

    [Fact]
    public void ATitleThatFitsKeepsBooksOwnHead() => Assert.Null(RunningHead.Of(Document("Letter to the Central Committee")));

    [Fact]
    public void AShortTitleIsTheHead() => Assert.Equal("Letter", RunningHead.Of(Document("Letter to the Central Committee", "Letter")));

    [Fact]
    public void ALongTitleIsCutAtAWordWithAnEllipsis()
    {
        var title = string.Join(" ", Enumerable.Repeat("Telegram from the Embassy,", 10));

        var head = RunningHead.Of(Document(title));

        Assert.NotNull(head);
        Assert.EndsWith("…", head, StringComparison.Ordinal);
        Assert.True(char.IsLetter(head[^2]), head); // no space or comma before the ellipsis
        Assert.True(head.Length <= RunningHead.MaxLength + 1, head);
        Assert.StartsWith(head[..^1], title, StringComparison.Ordinal);
        Assert.Contains(title[head.Length - 1], " ,"); // cut between words
    }

    [Fact]
    public void ALongShortTitleIsCutToo() =>
        Assert.Equal(RunningHead.MaxLength + 1, RunningHead.Of(Document("Title", new string('x', 60) + " end"))!.Length);

    [Fact]
    public void ATextWithoutSpacesIsCutBetweenCharactersCountingALetterWithItsAccentsAsOne()
    {
        Assert.Equal(new string('中', 10) + "…", RunningHead.Cut(new string('中', 30), 10));
        var decomposed = string.Concat(Enumerable.Repeat("y\u0307", 30));
        Assert.Equal(string.Concat(Enumerable.Repeat("y\u0307", 10)) + "…", RunningHead.Cut(decomposed, 10));
    }
}
