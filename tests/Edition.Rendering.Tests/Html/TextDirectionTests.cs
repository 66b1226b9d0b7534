using Edition.Rendering.Html;
using Edition.Rendering.Html.Models;

namespace Edition.Rendering.Tests.Html;

/// <summary>Right-to-left languages get dir="rtl" on their blocks and columns, whatever their tag's form.</summary>
public sealed class TextDirectionTests
{
    [Theory]
    [InlineData("ar", true)]
    [InlineData("he", true)]
    [InlineData("fa-IR", true)]
    [InlineData("ur-Arab", true)]
    [InlineData("arc-Hebr", true)]
    [InlineData("syr", true)]
    [InlineData("en", false)]
    [InlineData("ru", false)]
    [InlineData("zh-Hant", false)]
    [InlineData("grc", false)]
    [InlineData("", false)]
    [InlineData("not a language", false)]
    public void KnowsTheDirectionOfALanguageTag(string lang, bool rightToLeft) =>
        Assert.Equal(rightToLeft, TextDirection.IsRightToLeft(lang));

    [Fact]
    public void AnArabicCellAndColumnAreRightToLeft()
    {
        Assert.Equal("rtl", new CellHtml(0, "ar", new SafeHtml("<p>نص</p>")).Dir);
        Assert.Equal("rtl", new TextColumn(0, "original", "he", "Hebrew").Dir);
        Assert.Equal("", new CellHtml(1, "en", new SafeHtml("<p>text</p>")).Dir);
    }
}
