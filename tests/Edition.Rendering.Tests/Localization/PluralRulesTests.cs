using Edition.Core.Diagnostics;
using Edition.Rendering.Html;
using Edition.Rendering.Localization;
using Edition.Rendering.Templates;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Localization;

/// <summary>CLDR's plural rules pick the shipped labels' forms: counts read as a scholar of each language writes them.</summary>
public sealed class PluralRulesTests
{
    private static readonly Lazy<IReadOnlyList<Labels>> Shipped = new(() => Labels.Load(new TemplateSet(null, RepoPaths.Templates), new DiagnosticBag()));

    private static readonly long[] Counts = [0, 1, 2, 5, 11, 21, 101];

    private static string[] Results(string lang) =>
        Counts.Select(n => Shipped.Value.Single(l => l.Lang == lang).Plural("result_count", n)).ToArray();

    [Fact]
    public void RussianCountsTakeOneFewOrMany() =>
        Assert.Equal(["0 результатов", "1 результат", "2 результата", "5 результатов", "11 результатов", "21 результат", "101 результат"], Results("ru"));

    [Fact]
    public void ArabicCountsTakeZeroOneTwoFewManyOrOther() =>
        Assert.Equal(["لا نتائج", "نتيجة واحدة", "نتيجتان", "5 نتائج", "11 نتيجة", "21 نتيجة", "101 نتيجة"], Results("ar"));

    [Fact]
    public void EnglishCountsTakeOneOrOther() =>
        Assert.Equal(["0 results", "1 result", "2 results", "5 results", "11 results", "21 results", "101 results"], Results("en"));

    [Theory]
    [InlineData("en", 1, "one")]
    [InlineData("de", 0, "other")]
    [InlineData("fr", 0, "one")]
    [InlineData("fr", 1, "one")]
    [InlineData("fr", 2, "other")]
    [InlineData("fr", 1000000, "many")]
    [InlineData("es", 2000000, "many")]
    [InlineData("it", 1000001, "other")]
    [InlineData("ru", 12, "many")]
    [InlineData("ru", 22, "few")]
    [InlineData("ru", 111, "many")]
    [InlineData("ar", 3, "few")]
    [InlineData("ar", 110, "few")]
    [InlineData("ar", 99, "many")]
    [InlineData("ar", 100, "other")]
    [InlineData("ar", 102, "other")]
    [InlineData("he", 2, "two")]
    [InlineData("he", 20, "other")]
    [InlineData("zh", 1, "other")]
    [InlineData("pt-BR", 1, "other")]
    public void PicksTheCategoryCldrGives(string lang, long count, string category) =>
        Assert.Equal(category, PluralRules.For(lang).Select(count));

    [Fact]
    public void EachLanguageHasTheCategoriesCldrGivesIt()
    {
        Assert.Equal(["one", "few", "many", "other"], PluralRules.For("ru").Categories);
        Assert.Equal(["zero", "one", "two", "few", "many", "other"], PluralRules.For("ar").Categories);
        Assert.Equal(["one", "two", "other"], PluralRules.For("he").Categories);
        Assert.Equal(["one", "many", "other"], PluralRules.For("fr").Categories);
        Assert.Equal(["other"], PluralRules.For("zh").Categories);
    }

    [Fact]
    public void ALabelWithTwoValuesFillsBoth() =>
        Assert.Equal("3 из 21 документа", Shipped.Value.Single(l => l.Lang == "ru").Plural("documents_shown", 21, 3, 21));
}
