using Edition.Rendering.Search;

namespace Edition.Rendering.Tests.Html;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("ЁЛКА, Ёж!", "елка еж")]
    [InlineData("Café  «Déjà-vu»", "cafe deja vu")]
    [InlineData("ДИВИЗИЙ", "дивизии")]
    public void FoldsCaseDiacriticsAndPunctuation(string input, string expected) => Assert.Equal(expected, SearchText.Fold(input));

    [Fact]
    public void TransliteratesCyrillicOnly() => Assert.Equal("stalin filippov 1951", SearchText.Latin(SearchText.Fold("Сталин ФИЛИППОВ 1951")));
}
