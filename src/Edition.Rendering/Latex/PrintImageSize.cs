using System.Globalization;
using System.Text.RegularExpressions;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// A graphic's display size as graphicx options, as the site sizes its image (<c>ImageSize</c>): <c>@width</c> and
/// <c>@height</c> times <c>@scale</c>, a scale alone scaling the image. Lengths keep their unit where TeX knows it (a
/// CSS pixel is 0.75 bp), a percentage is of the line's width or the page's text height; a value TeX would not read
/// is left out, so the theme's size stands for it.
/// </summary>
internal static partial class PrintImageSize
{
    [GeneratedRegex(@"^\s*\+?(\d+(?:\.\d+)?|\.\d+)\s*(%|cm|mm|in|pt|pc|px|em|ex)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Measurement();

    /// <summary>The options (<c>width=5cm,keepaspectratio</c>), empty when the graphic asks for no size.</summary>
    public static string Options(GraphicView graphic)
    {
        var scale = Number(graphic.Scale) is { } s && s > 0 ? s : (double?)null;
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
            options.Add("scale=" + Format(factor));
        }

        return string.Join(',', options);
    }

    private static string? Length(string? measurement, double? scale, string whole)
    {
        var m = Measurement().Match(measurement ?? "");
        if (!m.Success || Number(m.Groups[1].Value) is not { } value || value <= 0)
        {
            return null;
        }

        var scaled = value * (scale ?? 1);
        return m.Groups[2].Value switch
        {
            "%" => Format(scaled / 100) + whole,
            "" or "px" => Format(scaled * 0.75) + "bp", // a bare number is pixels, as HTML's width reads it
            var unit => Format(scaled) + unit,
        };
    }

    private static double? Number(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Format(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
