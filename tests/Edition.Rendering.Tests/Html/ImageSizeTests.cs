using System.Text;
using AngleSharp.Html.Parser;
using Edition.Rendering.Figures;
using Edition.Rendering.Html;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Tests.Html;

/// <summary>A graphic's @width, @height and @scale as its image's CSS size; what CSS would not read is left to the stylesheet.</summary>
public sealed class ImageSizeTests
{
    [Theory]
    [InlineData("10cm", null, null, "width:10cm")]
    [InlineData(null, "200px", null, "height:200px")]
    [InlineData("50%", null, null, "width:50%")]
    [InlineData("10cm", "4.5cm", null, "width:10cm;height:4.5cm;object-fit:contain")]
    [InlineData("10cm", null, "0.5", "width:5cm")]
    [InlineData("300", null, null, "width:300px")]
    [InlineData(null, null, "0.25", "zoom:0.25")]
    [InlineData("3gd", "-2cm", "x", "")]
    [InlineData("10cm; background:url(x)", null, null, "")]
    [InlineData(null, null, null, "")]
    public void TheGraphicsSizeBecomesCss(string? width, string? height, string? scale, string css) =>
        Assert.Equal(css, ImageSize.Css(new GraphicView("a.png", 1, 1) { Width = width, Height = height, Scale = scale }));

    [Fact]
    public void TheImageCarriesItsSizeAsItsStyle()
    {
        var figure = new FigureNode([new GraphicView("https://example.org/a.png", 1, 1) { Width = "6cm", Scale = "0.5" }, new GraphicView("https://example.org/b.png", 2, 1)], []);
        var sb = new StringBuilder();
        new FigureHtml(FigureImages.None, "x.xml", "../", "Image not available").WriteImages(sb, figure);
        var images = new HtmlParser().ParseDocument(sb.ToString()).QuerySelectorAll("img").ToList();
        Assert.Equal(["width:3cm", null], images.Select(i => i.GetAttribute("style")));
    }
}
