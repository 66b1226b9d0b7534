using Edition.Rendering.Latex;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Tests.Latex;

/// <summary>A graphic's @width, @height and @scale as graphicx options, as the site sizes its image.</summary>
public sealed class PrintImageSizeTests
{
    private static string Options(string? width = null, string? height = null, string? scale = null) =>
        PrintImageSize.Options(new GraphicView("a.png", 1, 1) { Width = width, Height = height, Scale = scale });

    [Theory]
    [InlineData("5cm", null, null, "width=5cm")]
    [InlineData(null, "40mm", "0.5", "height=20mm")]
    [InlineData("200px", null, null, "width=150bp")] // a CSS pixel is 0.75 bp
    [InlineData("300", null, null, "width=225bp")] // a bare number is pixels
    [InlineData("50%", null, null, "width=0.5\\linewidth")]
    [InlineData("4in", "3in", null, "width=4in,height=3in,keepaspectratio")]
    [InlineData(null, null, "0.25", "scale=0.25")]
    public void ASizeAskedForIsGivenToGraphicx(string? width, string? height, string? scale, string expected) =>
        Assert.Equal(expected, Options(width, height, scale));

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("wide", null, null)] // no number
    [InlineData("3vw", null, null)] // a unit TeX does not know
    [InlineData("-2cm", null, "0")]
    public void NoSizeOrOneTeXWouldNotReadLeavesTheThemesSize(string? width, string? height, string? scale) =>
        Assert.Equal("", Options(width, height, scale));
}
