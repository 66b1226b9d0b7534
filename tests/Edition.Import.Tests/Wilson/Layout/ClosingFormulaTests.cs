using Edition.Import.Wilson.Export;
using Edition.Import.Wilson.Layout;

namespace Edition.Import.Tests.Wilson.Layout;

/// <summary>
/// A closer is what stands at the end of the text and looks like one (short name-like lines, a date or place-and-date
/// line), never a body sentence for its words; nothing of the <c>{ab}</c> kind follows it. Invented texts.
/// </summary>
public sealed class ClosingFormulaTests
{
    private const string Paragraph = "1. Выдуманный урожай в северных провинциях собран, и зернохранилища полны на всю зиму.";

    [Theory]
    [InlineData("Сообщите Ваши соображения.")]
    [InlineData("Telegraph fulfillment.")]
    [InlineData("Agreed.")]
    [InlineData("Thank you.")]
    public void AShortLastSentenceIsBody(string sentence)
    {
        var blocks = Classify(Paragraph, sentence, "МАО ЦЗЕ-ДУН", "№ 1234. 5.3.50.");
        Assert.Equal([LayoutBlockKind.Body, LayoutBlockKind.Body, LayoutBlockKind.Signed, LayoutBlockKind.Dateline], Kinds(blocks));
    }

    [Fact]
    public void AShortSentenceAloneAtTheEndIsBodyNotASignature()
    {
        Assert.Equal([LayoutBlockKind.Body, LayoutBlockKind.Body], Kinds(Classify(Paragraph, "Telegraph fulfillment.")));
    }

    [Theory]
    [InlineData("MAO ZEDONG")]
    [InlineData("Сталин И.")]
    [InlineData("Minister of Foreign Affairs\nA. Vyshinsky")]
    [InlineData("Полковник")]
    [InlineData("/Смирнов/")]
    public void NameLikeLinesAtTheEndAreSigned(string signature)
    {
        var blocks = Classify(Paragraph, signature);
        Assert.Equal(LayoutBlockKind.Signed, blocks[^1].Kind);
    }

    [Theory]
    [InlineData("Москва, 5 марта 1950 г.")]
    [InlineData("Moscow, March 5, 1950")]
    [InlineData("No. 1234 5.3.50")]
    public void ADateOrPlaceAndDateLineIsTheDateline(string line)
    {
        Assert.Equal(LayoutBlockKind.Dateline, Classify(Paragraph, "MAO ZEDONG", line)[^1].Kind);
    }

    [Fact]
    public void DispatchNotesAndCertificationStayInTheClosingRun()
    {
        var blocks = Classify(Paragraph, "МАО ЦЗЕ-ДУН", "Отп. Рублева 22.20 21.6", "Верно: Начальник 8 Отдела", "Полковник");
        Assert.Equal(
            [LayoutBlockKind.Body, LayoutBlockKind.Signed, LayoutBlockKind.Forme, LayoutBlockKind.CloserText, LayoutBlockKind.Signed],
            Kinds(blocks));
    }

    [Fact]
    public void NoAbBlockFollowsACloser()
    {
        var blocks = Classify(Paragraph, "MAO ZEDONG", "From BEIJING Received 21:15 21.6.1951");
        var firstCloser = blocks.FindIndex(b => b.IsCloser);
        Assert.DoesNotContain(blocks.Skip(Math.Max(firstCloser, 0)), b => firstCloser >= 0 && b.Kind == LayoutBlockKind.Block);
        Assert.Equal(LayoutBlockKind.Block, blocks[^1].Kind);
    }

    private static List<LayoutBlock> Classify(params string[] blocks) =>
        BlockClassifier.Classify(blocks.Select((b, i) => new ExportBlock(b.Split('\n'), i * 2, false)).ToList(), null, original: false);

    private static LayoutBlockKind[] Kinds(List<LayoutBlock> blocks) => blocks.Select(b => b.Kind).ToArray();
}
