using System.Globalization;
using System.Text.RegularExpressions;

namespace Edition.Tei.Validation.Integrity;

/// <summary>
/// The W3C date forms TEI allows in <c>@when</c> and friends (xs:date, xs:dateTime, xs:gYear, xs:gYearMonth,
/// xs:gMonthDay, xs:gMonth, xs:gDay, xs:time), checked against the calendar, and the span of time each covers.
/// </summary>
internal static partial class W3CDate
{
    /// <summary>Null when malformed; else the first and last instant it covers (null bounds when not on the time line, e.g. --06-21).</summary>
    public static (DateTime? Start, DateTime? End)? Parse(string value)
    {
        var m = Full().Match(value);
        if (m.Success)
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var negative = value.StartsWith('-');
            var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
            if ((m.Groups["m"].Success && month is < 1 or > 12) || (m.Groups["d"].Success && day > DaysIn(year, month)) || (m.Groups["d"].Success && day < 1))
            {
                return null;
            }

            if (m.Groups["t"].Success && !ValidTime(m.Groups["t"].Value))
            {
                return null;
            }

            if (negative || year is < 1 or > 9999)
            {
                return (null, null);
            }

            var start = new DateTime(year, Math.Max(month, 1), Math.Max(day, 1), 0, 0, 0, DateTimeKind.Unspecified);
            var end = m.Groups["d"].Success ? start.AddDays(1) : m.Groups["m"].Success ? start.AddMonths(1) : start.AddYears(1);
            if (m.Groups["t"].Success)
            {
                var t = TimeSpan.ParseExact(m.Groups["t"].Value[..8], @"hh\:mm\:ss", CultureInfo.InvariantCulture);
                start = start.Add(t);
                end = start.AddSeconds(1);
            }

            return (start, end.AddTicks(-1));
        }

        var partial = Partial().Match(value);
        if (partial.Success)
        {
            var month = partial.Groups["m"].Success ? int.Parse(partial.Groups["m"].Value, CultureInfo.InvariantCulture) : 1;
            var day = partial.Groups["d"].Success ? int.Parse(partial.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
            return month is >= 1 and <= 12 && day >= 1 && day <= DaysIn(2000, month) ? (null, null) : null;
        }

        return TimeOnly().IsMatch(value) && ValidTime(value) ? (null, null) : null;
    }

    private static int DaysIn(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool ValidTime(string time)
    {
        var h = int.Parse(time[..2], CultureInfo.InvariantCulture);
        var min = int.Parse(time[3..5], CultureInfo.InvariantCulture);
        var s = int.Parse(time[6..8], CultureInfo.InvariantCulture);
        return (h < 24 && min < 60 && s < 60) || (h == 24 && min == 0 && s == 0);
    }

    private const string Zone = @"(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)?";

    [GeneratedRegex(@"^-?(?<y>\d{4,})(?:-(?<m>\d{2})(?:-(?<d>\d{2})(?:T(?<t>\d{2}:\d{2}:\d{2}(?:\.\d+)?))?)?)?" + Zone + "$")]
    private static partial Regex Full();

    [GeneratedRegex(@"^(?:--(?<m>\d{2})(?:-(?<d>\d{2}))?|---(?<d>\d{2}))" + Zone + "$")]
    private static partial Regex Partial();

    [GeneratedRegex(@"^\d{2}:\d{2}:\d{2}(?:\.\d+)?" + Zone + "$")]
    private static partial Regex TimeOnly();
}
