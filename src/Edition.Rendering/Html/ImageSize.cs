using System.Globalization;
using System.Text.RegularExpressions;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// A graphic's display size as CSS for its &lt;img&gt;: <c>@width</c> and <c>@height</c> (TEI data.outputMeasurement:
/// a number and a unit CSS also knows) times <c>@scale</c>; a scale alone zooms the image. A value CSS would not
/// read (no number, TEI's grid units) is left out, so the stylesheet's size stands for it.
/// </summary>
public static partial class ImageSize
{
    [GeneratedRegex(@"^\s*\+?(\d+(?:\.\d+)?|\.\d+)\s*(%|cm|mm|in|pt|pc|px|em|ex|ch|rem|vw|vh|vmin|vmax)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Measurement();

    /// <summary>The declarations (<c>width:5cm</c>), empty when the graphic asks for no size.</summary>
    public static string Css(GraphicView graphic)
    {
        var scale = Number(graphic.Scale) is { } s && s > 0 ? s : (double?)null;
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
            declarations.Add("zoom:" + Format(zoom));
        }

        return string.Join(';', declarations);
    }

    private static string? Scaled(string? measurement, double? scale)
    {
        var m = Measurement().Match(measurement ?? "");
        if (!m.Success || Number(m.Groups[1].Value) is not { } value || value <= 0)
        {
            return null;
        }

        var unit = m.Groups[2].Value.Length > 0 ? m.Groups[2].Value : "px"; // a bare number, as HTML's width reads it
        return Format(value * (scale ?? 1)) + unit;
    }

    private static double? Number(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Format(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
