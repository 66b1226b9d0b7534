using System.Text;
using Edition.Core.Conventions;
using Edition.Core.Source.Model;
using Edition.TestSupport;

namespace Edition.Core.Tests.Conventions;

/// <summary>Each shipped convention's citation forms (shelfmark, folio range, single folio, recto and verso, a page and pages) and dates, kept as a golden file.</summary>
public sealed class HoldingCitationTests
{
    private static readonly ArchiveLocation Holding = new() { Repository = "Invented Archive", Fond = "45", Opis = "1", Delo = "339" };

    [Fact]
    public void CitationFormsMatchGolden()
    {
        var text = new StringBuilder();
        foreach (var name in ConventionCatalog.Shipped.Names)
        {
            var c = ConventionCatalog.Shipped.Find(name)!;
            text.Append("== ").Append(name).Append('\n');
            text.Append("range:   ").Append(HoldingCitation.Short(c, Holding, "64-65", singleFolio: false)).Append('\n');
            text.Append("single:  ").Append(HoldingCitation.Short(c, Holding, "64", singleFolio: true)).Append('\n');
            text.Append("verso:   ").Append(HoldingCitation.Short(c, Holding, "64v", singleFolio: true)).Append('\n');
            text.Append("r-v:     ").Append(HoldingCitation.Short(c, Holding with { Opis = null }, "12r-13v", singleFolio: false)).Append('\n');
            text.Append("page:    ").Append(HoldingCitation.Short(c, Holding, null, singleFolio: true, pages: "3")).Append('\n');
            text.Append("pages:   ").Append(HoldingCitation.Short(c, Holding with { Opis = null }, "64", singleFolio: true, pages: "3-4")).Append('\n');
            text.Append("long pp: ").Append(HoldingCitation.Long(c, Holding, null, false, "en", pages: "3–4")).Append(" | ").Append(HoldingCitation.Long(c, Holding, null, true, "ru", pages: "3")).Append('\n');
            text.Append("long en: ").Append(HoldingCitation.Long(c, Holding, "64–65", false, "en")).Append('\n');
            text.Append("long ru: ").Append(HoldingCitation.Long(c, Holding, "64", true, "ru")).Append('\n');
            text.Append("date:    ").Append(ConventionDate.Format("1951-03-03", c)).Append(" | ").Append(ConventionDate.Format("1951-03-01", c)).Append(" | ").Append(ConventionDate.Format("1951-06", c)).Append('\n');
        }

        GoldenFile.AssertText("tests/Edition.Core.Tests/Conventions/Golden/citation-forms.txt", text.ToString());
    }

    [Fact]
    public void TheSamplesRussianFormIsUnchanged() =>
        Assert.Equal("f. 45, op. 1, d. 339, ll. 64-65", HoldingCitation.Short(ConventionCatalog.Shipped.Find("ru")!, Holding with { Opis = "1" }, "64-65", singleFolio: false));

    [Theory]
    [InlineData("Germany", "de")]
    [InlineData("russia", "ru")]
    [InlineData("Italia", "it")]
    [InlineData("France", "fr")]
    [InlineData("United Kingdom", "en")]
    public void TheArchivesCountryChoosesTheConvention(string country, string expected) =>
        Assert.Equal(expected, ConventionCatalog.Shipped.Resolve(null, country, null, "ru").Name);

    [Fact]
    public void AnExplicitConventionWinsOverTheCountryAndTheLanguageIsTheLastResort()
    {
        Assert.Equal("it", ConventionCatalog.Shipped.Resolve("it", "Germany", "fr", "ru").Name);
        Assert.Equal("fr", ConventionCatalog.Shipped.Resolve(null, "Atlantis", "fr", "ru").Name);
        Assert.Equal("de", ConventionCatalog.Shipped.Resolve(null, null, null, "de").Name);
        Assert.Equal("en", ConventionCatalog.Shipped.Resolve(null, null, null, "zh").Name);
    }
}
