using Edition.Import.Wilson.Citation;

namespace Edition.Import.Tests.Wilson.Citation;

public sealed class ArchiveCitationParserTests
{
    [Fact]
    public void WilsonCitationWithOneHolding()
    {
        var r = ArchiveCitationParser.Parse("\"Telegram from Mao Zedong to I.V. Stalin\", June 21, 1951, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 339, ll. 64-65.");
        var a = Assert.Single(r.Archives);
        Assert.Empty(r.Problems);
        Assert.Equal(("APRF", "Archive of the President of the Russian Federation", "Moscow", "Russia"), (a.RepositoryAbbr, a.Repository, a.Settlement, a.Country));
        Assert.Equal(("45", "1", "339", null, "64-65"), (a.Fond, a.Opis, a.Delo, a.Papka, a.Folios));
        Assert.Equal(64, a.FirstFolio);
    }

    [Fact]
    public void SingleFolio()
    {
        var a = Assert.Single(ArchiveCitationParser.Parse("RGASPI, f. 558, op. 11, d. 334, l. 12").Archives);
        Assert.Equal(("RGASPI", "Russian State Archive of Socio-Political History"), (a.RepositoryAbbr, a.Repository));
        Assert.Equal(("558", "11", "334", "12"), (a.Fond, a.Opis, a.Delo, a.Folios));
    }

    [Fact]
    public void SeveralHoldingsWithPapka()
    {
        var r = ArchiveCitationParser.Parse("AVPRF, f. 0100, op. 44, p. 322, d. 13, ll. 1-3; APRF, f. 45, op. 1, d. 331, ll. 64-65");
        Assert.Empty(r.Problems);
        Assert.Collection(
            r.Archives,
            a =>
            {
                Assert.Equal(("AVPRF", "Archive of Foreign Policy of the Russian Federation", "Moscow"), (a.RepositoryAbbr, a.Repository, a.Settlement));
                Assert.Equal(("0100", "44", "322", "13", "1-3"), (a.Fond, a.Opis, a.Papka, a.Delo, a.Folios));
            },
            a => Assert.Equal(("APRF", "45", "1", "331", "64-65"), (a.RepositoryAbbr, a.Fond, a.Opis, a.Delo, a.Folios)));
    }

    [Theory]
    [InlineData("Archive of the President of the Russian Federation (APRF), fond 45, opis 1, delo 339, listy 64-65", "APRF", "64-65")]
    [InlineData("АПРФ, ф. 45, оп. 1, д. 339, лл. 64–65", "APRF", "64-65")]
    [InlineData("RGASPI, f. 17, op. 162, d. 44, ll. 12, 14-15", "RGASPI", "12, 14-15")]
    [InlineData("TsKhSD, f. 5, op. 30, d. 3, ll. 1-5ob.", "RGANI", "1-5ob")]
    public void SpelledOutCyrillicAndFolioLists(string citation, string abbr, string folios)
    {
        var a = Assert.Single(ArchiveCitationParser.Parse(citation).Archives);
        Assert.Equal((abbr, folios), (a.RepositoryAbbr, a.Folios));
        Assert.True(a.IsKnownRepository);
    }

    [Fact]
    public void UnknownAbbreviationIsKeptAndNotNamed()
    {
        var a = Assert.Single(ArchiveCitationParser.Parse("AMVnR, f. 1, op. 2, d. 3, l. 4").Archives);
        Assert.Equal("AMVnR", a.RepositoryAbbr);
        Assert.False(a.IsKnownRepository);
        Assert.Null(a.Settlement);
    }

    [Fact]
    public void PublishedSourceIsAProblemNotAnArchive()
    {
        var r = ArchiveCitationParser.Parse("\"Record\", 1950, Wilson Center Digital Archive, Cold War International History Project Bulletin, Issue 6-7.");
        Assert.Empty(r.Archives);
        Assert.Contains("not an archival reference", Assert.Single(r.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void StrayPartIsReported()
    {
        var r = ArchiveCitationParser.Parse("APRF, f. 45, op. 1, d. 339, ll. 64-65, translated by X");
        Assert.Single(r.Archives);
        Assert.Contains("'translated by X'", Assert.Single(r.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("APRF, f. 45, op. 1, d. 339, ll. 64-65; and RGASPI, f. 558, op. 11, d. 342, l. 3.")]
    [InlineData("APRF, f. 45, op. 1, d. 339, ll. 64-65, and RGASPI, f. 558, op. 11, d. 342, l. 3")]
    [InlineData("APRF, f. 45, op. 1, d. 339, ll. 64-65 and RGASPI, f. 558, op. 11, d. 342, l. 3")]
    [InlineData("APRF, f. 45, op. 1, d. 339, ll. 64-65, RGASPI, f. 558, op. 11, d. 342, l. 3")]
    public void HoldingsJoinedByAndCommasOrSemicolonsAreSplitAtTheirRepositories(string citation)
    {
        var r = ArchiveCitationParser.Parse(citation);
        Assert.Empty(r.Problems);
        Assert.Collection(
            r.Archives,
            a => Assert.Equal(("APRF", "45", "339", "64-65"), (a.RepositoryAbbr, a.Fond, a.Delo, a.Folios)),
            a => Assert.Equal(("RGASPI", "558", "11", "342", "3"), (a.RepositoryAbbr, a.Fond, a.Opis, a.Delo, a.Folios)));
    }

    [Fact]
    public void ARepositorysNameWithAndStaysWhole()
    {
        var a = Assert.Single(ArchiveCitationParser.Parse("Archive of War and Peace (AWP), f. 1, d. 2").Archives);
        Assert.Equal(("AWP", "Archive of War and Peace"), (a.RepositoryAbbr, a.Repository));
    }
}
