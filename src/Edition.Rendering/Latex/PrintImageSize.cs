using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// A graphic's display size as graphicx options, as the site sizes its image (<c>ImageSize</c>): <c>@width</c> and
/// <c>@height</c> times <c>@scale</c>, a scale alone scaling the image. Lengths keep their unit where TeX knows it (a
/// CSS pixel is 0.75 bp), a percentage is of the line's width or the page's text height; a value TeX would not read
/// is left out, so the theme's size stands for it.
/// </summary>
internal static class PrintImageSize
{
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal) { "%", "cm", "mm", "in", "pt", "pc", "px", "em", "ex" };

    /// <summary>The options (<c>width=5cm,keepaspectratio</c>), empty when the graphic asks for no size.</summary>
    public static string Options(GraphicView graphic)
    {
        var scale = GraphicMeasurement.Scale(graphic);
        var width = Length(graphic.Width, scale, @"\linewidth");
        var height = Length(graphic.Height, scale, @"\textheight");
        var options = new List<string>();
        if (width is not null)
        {
            options.Add("width=" + width);
        }

        if (height is not null)
        {
            options.Add("height=" + height);
        }

        if (width is not null && height is not null)
        {
            options.Add("keepaspectratio"); // as the site's object-fit: contain
        }
        else if (width is null && height is null && scale is { } factor)
        {
            options.Add("scale=" + GraphicMeasurement.Format(factor));
        }

        return string.Join(',', options);
    }

    private static string? Length(string? measurement, double? scale, string whole) =>
        GraphicMeasurement.Scaled(measurement, scale, Units) switch
        {
            null => null,
            (var v, "%") => GraphicMeasurement.Format(v / 100) + whole,
            (var v, "" or "px") => GraphicMeasurement.Format(v * 0.75) + "bp", // a bare number is pixels, as HTML's width reads it
            var (v, unit) => GraphicMeasurement.Format(v) + unit,
        };
}
