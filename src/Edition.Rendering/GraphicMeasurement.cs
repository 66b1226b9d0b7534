using System.Globalization;
using System.Text.RegularExpressions;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering;

/// <summary>
/// A graphic's <c>@width</c>/<c>@height</c> (TEI data.outputMeasurement: a number and a unit) times its <c>@scale</c>,
/// read once for the site's CSS and the print's graphicx options, each taking the units its renderer knows.
/// </summary>
internal static partial class GraphicMeasurement
{
    [GeneratedRegex(@"^\s*\+?(\d+(?:\.\d+)?|\.\d+)\s*(%|[a-z]+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Measurement();

    /// <summary>The graphic's positive scale, or null.</summary>
    public static double? Scale(GraphicView graphic) => Number(graphic.Scale) is { } s && s > 0 ? s : null;

    /// <summary>The scaled value and its unit ("" for a bare number), or null when it is no positive length in <paramref name="units"/>.</summary>
    public static (double Value, string Unit)? Scaled(string? measurement, double? scale, IReadOnlySet<string> units)
    {
        var m = Measurement().Match(measurement ?? "");
        if (!m.Success || Number(m.Groups[1].Value) is not { } value || value <= 0 || (m.Groups[2].Value is { Length: > 0 } unit && !units.Contains(unit)))
        {
            return null;
        }

        return (value * (scale ?? 1), m.Groups[2].Value);
    }

    public static string Format(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static double? Number(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
