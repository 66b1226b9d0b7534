using Edition.Rendering.Search;

namespace Edition.Rendering.Tests.Html;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("ЁЛКА, Ёж!", "елка еж")]
    [InlineData("Café  «Déjà-vu»", "cafe deja vu")]
    [InlineData("ДИВИЗИЙ", "дивизии")]
    [InlineData("daß STRAẞE", "dass strasse")]
    [InlineData("ΣΩΚΡΆΤΗΣ Σωκράτης", "σωκρατησ σωκρατησ")]
    [InlineData("مُحَمَّد أحمد إسلام آمن مـحـمـد", "محمد احمد اسلام امن محمد")]
    [InlineData("שָׁלוֹם מֶלֶךְ", "שלומ מלכ")]
    [InlineData("Łódź Øresund", "lodz oresund")]
    public void FoldsCaseDiacriticsAndLettersOfOneSound(string input, string expected) => Assert.Equal(expected, SearchText.Fold(input));

    [Theory]
    [InlineData("  The Secretary of State (Stimson) to the Minister in China (Johnson)--No. 1,247!  ")]
    [InlineData("TELEGRAM\t[Paraphrase]\r\nWASHINGTON, May 2, 1930—6 p.m.")]
    [InlineData("a_b-c'd\"e ~ 1930; 64-65")]
    [InlineData("The Minister\u00A0in China to the Secretary of State \u2014 \u201Cstrictly confidential\u201D \u2026 it\u2019s\u2009done\u200B.")]
    public void AsciiTextFoldsAsTheUnicodePathFoldsIt(string ascii)
    {
        // The fast path (ASCII, with typographic punctuation and spaces as separators) must give what the
        // normalising path gives: a trailing "é" sends the text down that path.
        var folded = SearchText.Fold(ascii);
        Assert.Equal(folded.Length == 0 ? "e" : folded + " e", SearchText.Fold(ascii + " é"));
    }

    [Fact]
    public void TransliteratesCyrillicAndGreek() => Assert.Equal("stalin filippov 1951 sokrates papadopoulos", SearchText.Latin(SearchText.Fold("Сталин ФИЛИППОВ 1951 Σωκράτης Παπαδόπουλος")));

    [Theory]
    [InlineData("محمد", "muhammad")]
    [InlineData("مُحَمَّد", "Mohammed")]
    [InlineData("خالد", "khalid")]
    [InlineData("يوسف", "yusuf")]
    [InlineData("אברהם", "avraham")]
    [InlineData("משה", "moshe")]
    public void ArabicAndHebrewAreFoundByTheirConsonants(string word, string latin)
    {
        var skeleton = SearchText.Terms(SearchText.Fold(word)).Single(t => t[0] == SearchText.SkeletonMark);
        Assert.StartsWith(SearchText.SkeletonMark + SearchText.Skeleton(SearchText.Fold(latin)), skeleton, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUmlautIsAlsoIndexedAsItsDigraph()
    {
        var terms = DocumentSearchData.Terms([new SearchSegment("a", "de", "Herr Müller grüßt")]);
        Assert.Superset(new SortedSet<string>(["muller", "mueller", "grusst", "gruesst", "herr"], StringComparer.Ordinal), new HashSet<string>(terms, StringComparer.Ordinal));
    }
}
