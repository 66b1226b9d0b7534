using System.Globalization;
using System.Text.RegularExpressions;

namespace Edition.RelaxNg.Datatypes;

/// <summary>duration: <c>-?PnYnMnDTnHnMnS</c>; the value is (months, seconds), partially ordered.</summary>
internal sealed partial class XsdDurationType : Datatype
{
    private const decimal AverageMonthSeconds = 2_629_746m; // 400 Gregorian years / 4800 months

    // Each reference dateTime is the first of its month at 00:00:00Z, so adding months never pins the day.
    private static readonly (long Year, long Month)[] ReferenceMonths = [(1696, 9), (1697, 2), (1903, 3), (1903, 7)];

    public override string Name => "duration";

    public override bool IsOrdered => true;

    public override string Normalize(string lexical) => Whitespace.Collapse(lexical);

    public override object? Parse(string lexical, IDatatypeContext context)
    {
        var s = Normalize(lexical);
        var m = DurationRegex().Match(s);
        if (!m.Success || s.EndsWith('T') || s.EndsWith('P'))
        {
            return null;
        }

        decimal Get(string g) => m.Groups[g].Success ? decimal.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : 0m;
        var sign = s[0] == '-' ? -1 : 1;
        try
        {
            var months = sign * ((Get("y") * 12) + Get("mo"));
            var seconds = sign * ((Get("d") * 86400) + (Get("h") * 3600) + (Get("mi") * 60) + Get("s"));
            return new Value(months, seconds);
        }
        catch (OverflowException)
        {
            return null; // beyond decimal's 28 digits: not a value Edition can hold
        }
    }

    /// <summary>
    /// XSD 1.0 (3.2.6.2): the order that holds when both durations are added to each of four reference dateTimes;
    /// null (incomparable) when those four orders differ, e.g. P1Y against P365D.
    /// </summary>
    public override int? Compare(object a, object b)
    {
        var (x, y) = ((Value)a, (Value)b);
        int? order = null;
        foreach (var (year, month) in ReferenceMonths)
        {
            var here = End(year, month, x).CompareTo(End(year, month, y));
            if (order is not null && order != here)
            {
                return null;
            }

            order = here;
        }

        return order;
    }

    private static decimal End(long year, long month, Value duration)
    {
        if (Math.Abs(duration.Months) > 1_000_000_000_000m)
        {
            return (duration.Months * AverageMonthSeconds) + duration.Seconds; // far beyond where the month lengths could change the order
        }

        var months = (year * 12) + month - 1 + (long)duration.Months;
        var days = XsdDateTimeType.DaysFromCivil(Math.DivRem(months, 12, out var rem) - (rem < 0 ? 1 : 0), ((rem + 12) % 12) + 1, 1);
        return (days * 86400m) + duration.Seconds;
    }

    [GeneratedRegex(@"^-?P(?:(?<y>[0-9]+)Y)?(?:(?<mo>[0-9]+)M)?(?:(?<d>[0-9]+)D)?(?:T(?:(?<h>[0-9]+)H)?(?:(?<mi>[0-9]+)M)?(?:(?<s>[0-9]+(?:\.[0-9]+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationRegex();

    internal readonly record struct Value(decimal Months, decimal Seconds);
}
