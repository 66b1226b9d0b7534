using Edition.Rendering.Search;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// A document's terms, gathered word by word, are exactly what folding each whole text and splitting it gives (the
/// definition, kept here as the reference), in every script and at every odd character folding meets.
/// </summary>
public sealed class SearchTermsTests
{
    private const int LongestTerm = 60;

    // Letters of each script, marks, separators of both folding paths, letters that fold to two, characters that
    // compose with a combining mark (=, <, Hangul jamo), surrogate pairs, digits of other scripts.
    private static readonly string[] Pieces =
    [
        "a", "Z", "7", " ", "-", "'", ".", "\u00A0", "\u2014", "\u2019", "\u200B", "\u200D", "\u2060", "\t", "\n", "=",
        "<", "~", "é", "E\u0301", "\u0301", "\u0308", "\u0338", "ä", "Ä", "Ö", "ü", "ß", "ẞ", "æ", "Œ", "ø", "ł", "ı", "İ",
        "Ё", "й", "Щ", "ї", "Σ", "ς", "ά", "ΰ", "αυ", "γγ", "م", "ُ", "ـ", "ٱ", "ى", "پ", "ש", "ָ", "ך", "ם", "한", "ᄒ", "ᅡ",
        "ᆫ", "𐐀", "𝔄", "中", "°", "½", "©", "ﬁ", "Å", "K", "٣", "ா", "ொ", "क", "ि", "ǅ", "x",
    ];

    [Theory]
    [InlineData("The Secretary of State (Stimson) to the Minister in China (Johnson)--No. 1,247!")]
    [InlineData("Herr Müller-Lüdenscheidt grüßt die Straße; MÜLLER und Mueller.")]
    [InlineData("Señor Madriz, Ministro de Relaciones Exteriores de Nicaragua — “Bluefields”, 1894.")]
    [InlineData("Сталин ФИЛИППОВ, Σωκράτης Παπαδόπουλος, مُحَمَّد أحمد, שָׁלוֹם מֶלֶךְ")]
    [InlineData("a≠b, x=\u0338y, 한국어 텍스트, 𐐀𐐨, 10°C, ½ ﬁnal, İstanbul")]
    public void TermsAreTheWholeTextsFoldingsWords(string text) => AssertSameTerms([new SearchSegment("a", "", text)]);

    [Fact]
    public void TermsAreTheWholeTextsFoldingsWordsForMixedTexts()
    {
        var random = new Random(1894);
        for (var i = 0; i < 500; i++)
        {
            var segments = Enumerable.Range(0, 3).Select(_ => new SearchSegment("a", "", Text(random))).ToList();
            AssertSameTerms(segments);
        }
    }

    [Fact]
    public void AWordLongerThanATermIsLeftOut()
    {
        var terms = DocumentSearchData.Terms([new SearchSegment("a", "", new string('a', LongestTerm + 1) + " " + new string('b', LongestTerm) + " " + new string('é', LongestTerm + 1))]);
        Assert.Equal([new string('b', LongestTerm)], terms);
    }

    private static string Text(Random random) => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));

    private static void AssertSameTerms(List<SearchSegment> segments) => Assert.Equal(Reference(segments), DocumentSearchData.Terms(segments));

    /// <summary>The terms as defined: each text folded whole and split at spaces; with an umlaut, folded again with digraphs.</summary>
    private static List<string> Reference(List<SearchSegment> segments)
    {
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in segments)
        {
            foreach (var word in Words(SearchText.Fold(s.Text)))
            {
                terms.UnionWith(SearchText.Terms(word));
            }

            if (SearchText.HasUmlaut(s.Text))
            {
                terms.UnionWith(Words(SearchText.Fold(s.Text, umlautDigraphs: true)));
            }
        }

        return [.. terms];
    }

    private static IEnumerable<string> Words(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length <= LongestTerm);
}
