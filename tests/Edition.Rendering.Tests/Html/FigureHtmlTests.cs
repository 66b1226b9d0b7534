using System.Text;
using AngleSharp.Html.Parser;
using Edition.Rendering.Figures;
using Edition.Rendering.Html;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Tests.Html;

/// <summary>A figure's images on a page: hostile text escaped, only http(s) addresses loaded, absent images shown as placeholders.</summary>
public sealed class FigureHtmlTests
{
    [Fact]
    public void HostileTextIsEscapedAndOnlyHttpAddressesAreLoaded()
    {
        const string description = "\" onerror=\"alert(1)";
        var figure = new FigureNode(
            [new GraphicView("https://example.org/a.png?x=\"><script>alert(1)</script>", 1, 1), new GraphicView("javascript:alert(1)", 2, 1), new GraphicView("<img src=x onerror=alert(1)>.png", 3, 1)],
            [new TextNode("<b>caption</b>")]) { Description = description };
        var sb = new StringBuilder();
        new FigureHtml(FigureImages.None, "x.xml", "../", "Image not available").WriteImages(sb, figure);

        var html = new HtmlParser().ParseFragment(sb.ToString(), new HtmlParser().ParseDocument("").Body!);
        var img = Assert.Single(html.OfType<AngleSharp.Dom.IElement>(), e => e.LocalName == "img");
        Assert.Equal("https://example.org/a.png?x=\"><script>alert(1)</script>", img.GetAttribute("src"));
        Assert.Equal(description, img.GetAttribute("alt"));
        Assert.Null(img.GetAttribute("onerror"));
        Assert.DoesNotContain("<script", sb.ToString(), StringComparison.Ordinal);
        var placeholders = html.OfType<AngleSharp.Dom.IElement>().Where(e => e.ClassName == "figure-missing").ToList();
        Assert.Equal(["javascript:alert(1)", "<img src=x onerror=alert(1)>.png"], placeholders.Select(p => p.GetAttribute("data-image")));
        Assert.All(placeholders, p => Assert.StartsWith("Image not available", p.TextContent, StringComparison.Ordinal));
    }
}
