using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Edition.RelaxNg.Datatypes;

/// <summary>dateTime, date, time, gYearMonth, gYear, gMonthDay, gDay, gMonth (XML Schema 1.0 lexical rules).</summary>
internal sealed partial class XsdDateTimeType : Datatype
{
    private const string Year = @"(?<y>-?(?:[1-9][0-9]{4,}|[0-9]{4}))";
    private const string Time = @"(?<h>[0-9]{2}):(?<mi>[0-9]{2}):(?<s>[0-9]{2}(?:\.[0-9]+)?)";
    private const string Zone = @"(?<z>Z|[+-][0-9]{2}:[0-9]{2})?";
    private const long SecondsPerDay = 86400;

    // One instance per type, its regex made on first use: a schema names these types often (TEI's
    // teidata.temporal.w3c names all eight at each use), and a regex parsed at load is paid at every process start.
    private static readonly ConcurrentDictionary<string, XsdDateTimeType> Types = new(StringComparer.Ordinal);

    private readonly Lazy<Regex> regex;

    private XsdDateTimeType(string name, string body)
    {
        Name = name;
        regex = new(() => new Regex("^" + body + Zone + "$", RegexOptions.CultureInvariant));
    }

    public override string Name { get; }

    public override bool IsOrdered => true;

    public static XsdDateTimeType? Create(string name) =>
        Body(name) is { } body ? Types.GetOrAdd(name, static (n, b) => new(n, b), body) : null;

    private static string? Body(string name) => name switch
    {
        "dateTime" => Year + "-(?<mo>[0-9]{2})-(?<d>[0-9]{2})T" + Time,
        "date" => Year + "-(?<mo>[0-9]{2})-(?<d>[0-9]{2})",
        "time" => Time,
        "gYearMonth" => Year + "-(?<mo>[0-9]{2})",
        "gYear" => Year,
        "gMonthDay" => "--(?<mo>[0-9]{2})-(?<d>[0-9]{2})",
        "gDay" => "---(?<d>[0-9]{2})",
        "gMonth" => "--(?<mo>[0-9]{2})",
        _ => null,
    };

    public override string Normalize(string lexical) => Whitespace.Collapse(lexical);

    public override object? Parse(string lexical, IDatatypeContext context)
    {
        var m = regex.Value.Match(Normalize(lexical));
        if (!m.Success)
        {
            return null;
        }

        if (!TryGroup(m, "y", 2000, out var year) || year == 0 || Math.Abs(year) > 1_000_000_000_000 || !TryGroup(m, "mo", 1, out var month)
            || !TryGroup(m, "d", 1, out var day) || !TryGroup(m, "h", 0, out var hour) || !TryGroup(m, "mi", 0, out var minute))
        {
            return null;
        }

        var second = m.Groups["s"].Success ? decimal.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0m;
        var dayLimit = m.Groups["y"].Success ? DaysIn(year, month) : DaysIn(2000, month);
        if (month is < 1 or > 12 || day < 1 || day > dayLimit || minute > 59 || second >= 60
            || hour > 24 || (hour == 24 && (minute != 0 || second != 0)))
        {
            return null;
        }

        var zone = 0;
        var z = m.Groups["z"];
        if (z.Success && z.Value != "Z")
        {
            var zh = int.Parse(z.Value.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var zm = int.Parse(z.Value.AsSpan(4, 2), CultureInfo.InvariantCulture);
            if (zm > 59 || zh > 14 || (zh == 14 && zm != 0))
            {
                return null;
            }

            zone = (z.Value[0] == '-' ? -1 : 1) * ((zh * 60) + zm);
        }

        var seconds = (decimal)((DaysFromCivil(Astronomical(year), month, day) * SecondsPerDay) + (hour * 3600L) + (minute * 60L) - (zone * 60L)) + second;
        return new Instant(z.Success, seconds);
    }

    public override int? Compare(object a, object b)
    {
        var (x, y) = ((Instant)a, (Instant)b);
        if (x.HasZone == y.HasZone)
        {
            return x.Seconds.CompareTo(y.Seconds);
        }

        // A value without time zone may lie anywhere within ±14 hours of the timeline (XSD 3.2.7.3).
        const decimal Slack = 14 * 3600;
        var local = x.HasZone ? y : x;
        var zoned = x.HasZone ? x : y;
        int? order = local.Seconds + Slack < zoned.Seconds ? -1 : local.Seconds - Slack > zoned.Seconds ? 1 : null;
        return order is null ? null : x.HasZone ? -order : order;
    }

    private static bool TryGroup(Match m, string name, long fallback, out long value)
    {
        var g = m.Groups[name];
        value = fallback;
        return !g.Success || long.TryParse(g.ValueSpan, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    // XSD 1.0 numbers years without a year 0: -0001 is 1 BCE, astronomical year 0 (a leap year).
    private static long Astronomical(long year) => year < 0 ? year + 1 : year;

    private static int DaysIn(long year, long month) => month switch
    {
        2 => IsLeap(Astronomical(year)) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool IsLeap(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    /// <summary>Days since 1970-01-01 in the proleptic Gregorian calendar, astronomical years (H. Hinnant's algorithm).</summary>
    internal static long DaysFromCivil(long y, long m, long d)
    {
        y -= m <= 2 ? 1 : 0;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - (era * 400);
        var doy = ((153 * (m + (m > 2 ? -3 : 9))) + 2) / 5 + d - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468;
    }

    /// <summary>A point on the timeline (seconds, normalised to UTC when a zone is given).</summary>
    internal readonly record struct Instant(bool HasZone, decimal Seconds);
}
