using Edition.Core.Conventions;

namespace Edition.Core.Tests.Conventions;

/// <summary>Sort keys of names (surname first, particles, patronymics) and each language's collation with an ordinal tie-break.</summary>
public sealed class IndexOrderTests
{
    private static readonly IReadOnlyList<string> Particles = ConventionCatalog.Shipped.Particles;

    [Theory]
    [InlineData("Karl von Clausewitz", "Clausewitz, Karl von")]
    [InlineData("Иосиф Виссарионович Сталин", "Сталин, Иосиф Виссарионович")]
    [InlineData("Lorenzo de Medici", "Medici, Lorenzo de")]
    [InlineData("Ahmad al-Husseini", "Husseini, Ahmad al-")]
    [InlineData("Clara Weiß", "Weiß, Clara")]
    [InlineData("Smirnov", "Smirnov")]
    [InlineData("Acheson, Dean G.", "Acheson, Dean G.")]
    public void NamesSortUnderTheSurname(string name, string key) =>
        Assert.Equal(key, PersonSortKey.Of(name, null, Particles));

    [Fact]
    public void AFamilyFirstTraditionSortsNamesAsWritten() =>
        Assert.Equal("Mao Zedong", PersonSortKey.Of("Mao Zedong", new NameConvention { Order = "family-first" }));

    [Fact]
    public void ClausewitzSortsUnderC()
    {
        var keys = new[] { "Karl von Clausewitz", "Anna Zeller", "Bruno Adler" }.Select(n => PersonSortKey.Of(n, null, Particles)).Order(IndexOrder.For("de-DE")).ToList();
        Assert.Equal(["Adler, Bruno", "Clausewitz, Karl von", "Zeller, Anna"], keys);
    }

    [Fact]
    public void StalinSortsUnderEsInTheRussianAlphabet()
    {
        var keys = new[] { "Иосиф Виссарионович Сталин", "Вячеслав Михайлович Молотов", "Андрей Андреевич Громыко" }.Select(n => PersonSortKey.Of(n, null, Particles)).Order(IndexOrder.For("ru-RU")).ToList();
        Assert.Equal(["Громыко, Андрей Андреевич", "Молотов, Вячеслав Михайлович", "Сталин, Иосиф Виссарионович"], keys);
    }

    [Fact]
    public void GermanCollationPutsUmlautsWithTheirVowel()
    {
        var sorted = new[] { "Zahn", "Ärger", "Bauer", "Abt" }.Order(IndexOrder.For("de-DE")).ToList();
        Assert.Equal(["Abt", "Ärger", "Bauer", "Zahn"], sorted);
    }

    [Fact]
    public void EqualKeysInTheCollationStillSortOneWay()
    {
        var order = IndexOrder.For("en-GB");
        Assert.NotEqual(0, order.Compare("Muller", "muller"));
        Assert.Equal(-order.Compare("Muller", "muller"), order.Compare("muller", "Muller"));
    }
}
