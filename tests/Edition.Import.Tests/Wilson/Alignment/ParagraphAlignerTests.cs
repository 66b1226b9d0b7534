using Edition.Import.Wilson.Alignment;

namespace Edition.Import.Tests.Wilson.Alignment;

public sealed class ParagraphAlignerTests
{
    private static (int?, string, int) P(int? n, int length, int line) => (n, new string('x', length), line);

    [Fact]
    public void EqualSectionsPairOneToOne()
    {
        var r = ParagraphAligner.Align([P(1, 100, 1), P(null, 50, 2), P(2, 80, 3)], [P(1, 110, 10), P(null, 55, 11), P(2, 85, 12)], "ru", "en");
        Assert.Equal(["p1", "p1-2", "p2"], r.OriginalKeys);
        Assert.Equal(r.OriginalKeys, r.TranslationKeys);
        Assert.Equal(3, r.Pairs);
        Assert.Empty(r.Unaligned);
    }

    [Fact]
    public void ParagraphTheTranslatorMergedStaysOneSidedAndIsReported()
    {
        // Section 2 has three paragraphs in the original, two in the translation: the short middle one has no match.
        var r = ParagraphAligner.Align(
            [P(1, 100, 1), P(2, 300, 2), P(null, 20, 3), P(null, 200, 4)],
            [P(1, 100, 10), P(2, 300, 11), P(null, 200, 12)],
            "ru", "en");
        Assert.Equal(["p1", "p2", "p2-ru", "p2-2"], r.OriginalKeys);
        Assert.Equal(["p1", "p2", "p2-2"], r.TranslationKeys);
        var u = Assert.Single(r.Unaligned);
        Assert.Equal(("ru", "p2-ru", 3), (u.Language, u.Key, u.LineIndex));
    }

    [Fact]
    public void MissingNumberedSectionIsUnaligned()
    {
        var r = ParagraphAligner.Align([P(1, 100, 1), P(2, 100, 2), P(3, 100, 3)], [P(1, 100, 10), P(3, 100, 12)], "ru", "en");
        Assert.Equal(["p1", "p2-ru", "p3"], r.OriginalKeys);
        Assert.Equal("p2-ru", Assert.Single(r.Unaligned).Key);
    }

    [Fact]
    public void UnnumberedTextAlignsByLength()
    {
        var r = ParagraphAligner.Align([P(null, 100, 1), P(null, 20, 2), P(null, 90, 3)], [P(null, 110, 10), P(null, 95, 12)], "de", "en");
        Assert.Equal(["p1", "p1-de", "p2"], r.OriginalKeys);
        Assert.Equal(["p1", "p2"], r.TranslationKeys);
    }

    [Fact]
    public void SuspiciousLengthsAreFlagged()
    {
        var r = ParagraphAligner.Align([P(1, 100, 1), P(2, 100, 2), P(3, 100, 3), P(4, 100, 4)], [P(1, 110, 10), P(2, 600, 11), P(3, 110, 12), P(4, 110, 13)], "ru", "en");
        Assert.Equal("p2", Assert.Single(r.LengthWarnings)[..2]);
        Assert.Contains("much longer", r.LengthWarnings[0], StringComparison.Ordinal);
    }
}
