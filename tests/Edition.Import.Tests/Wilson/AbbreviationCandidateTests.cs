namespace Edition.Import.Tests.Wilson;

/// <summary>A word in capitals that is a name the gazetteer knows is a name, not an abbreviation to expand.</summary>
public sealed class AbbreviationCandidateTests
{
    [Theory]
    [InlineData("МАО", true)]
    [InlineData("MAO", true)]
    [InlineData("СТАЛИНУ", true)]
    [InlineData("ГСМ", false)]
    [InlineData("КПК", false)]
    public void NamesInCapitalsAreKnown(string word, bool known) =>
        Assert.Equal(known, Edition.Import.Wilson.ImportReportBuilder.IsKnownName(word));
}
