using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// A graphic's display size as CSS for its &lt;img&gt;: <c>@width</c> and <c>@height</c> (TEI data.outputMeasurement:
/// a number and a unit CSS also knows) times <c>@scale</c>; a scale alone zooms the image. A value CSS would not
/// read (no number, TEI's grid units) is left out, so the stylesheet's size stands for it.
/// </summary>
public static class ImageSize
{
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal) { "%", "cm", "mm", "in", "pt", "pc", "px", "em", "ex", "ch", "rem", "vw", "vh", "vmin", "vmax" };

    /// <summary>The declarations (<c>width:5cm</c>), empty when the graphic asks for no size.</summary>
    public static string Css(GraphicView graphic)
    {
        var scale = GraphicMeasurement.Scale(graphic);
        var width = Scaled(graphic.Width, scale);
        var height = Scaled(graphic.Height, scale);
        var declarations = new List<string>();
        if (width is not null)
        {
            declarations.Add("width:" + width);
        }

        if (height is not null)
        {
            declarations.Add("height:" + height);
        }

        if (width is not null && height is not null)
        {
            declarations.Add("object-fit:contain"); // when the page narrows the image, it keeps its proportions
        }
        else if (width is null && height is null && scale is { } zoom)
        {
            declarations.Add("zoom:" + GraphicMeasurement.Format(zoom));
        }

        return string.Join(';', declarations);
    }

    private static string? Scaled(string? measurement, double? scale) =>
        GraphicMeasurement.Scaled(measurement, scale, Units) is var (value, unit)
            ? GraphicMeasurement.Format(value) + (unit.Length > 0 ? unit : "px") // a bare number, as HTML's width reads it
            : null;
}
