using System.Globalization;
using System.Text.RegularExpressions;

namespace Edition.Core.Source.Yaml;

/// <summary>ISO 8601 calendar dates as TEI's @when takes them, checked for real calendar days.</summary>
public static partial class IsoDate
{
    public static bool IsValid(string value, bool allowTime = false)
    {
        var m = Pattern().Match(value);
        if (!m.Success || (!allowTime && m.Groups["time"].Success))
        {
            return false;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["m"].Success)
        {
            return true;
        }

        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (m.Groups["d"].Success)
        {
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }
        }

        if (m.Groups["time"].Success)
        {
            var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var min = int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture);
            return h < 24 && min < 60;
        }

        return true;
    }

    /// <summary>A date-time as xs:dateTime wants it (seconds added when missing).</summary>
    public static string ToXsd(string value) =>
        value.Contains('T', StringComparison.Ordinal) && value.Length == 16 ? value + ":00" : value;

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2})(?<time>T(?<h>\d{2}):(?<min>\d{2})(:\d{2})?)?)?)?$")]
    private static partial Regex Pattern();
}
