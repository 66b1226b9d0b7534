using System.Collections.Concurrent;
using System.Globalization;

namespace Edition.RelaxNg.Datatypes;

/// <summary>dateTime, date, time, gYearMonth, gYear, gMonthDay, gDay, gMonth (XML Schema 1.0 lexical rules).</summary>
internal sealed class XsdDateTimeType : Datatype
{
    private const long SecondsPerDay = 86400;

    // One instance per type: a schema names these types often (TEI's teidata.temporal.w3c names all eight at each use).
    private static readonly ConcurrentDictionary<string, XsdDateTimeType> Types = new(StringComparer.Ordinal);

    private readonly Shape shape;

    private XsdDateTimeType(string name, Shape shape)
    {
        Name = name;
        this.shape = shape;
    }

    public override string Name { get; }

    public override bool IsOrdered => true;

    public static XsdDateTimeType? Create(string name) =>
        ShapeOf(name) is { } shape ? Types.GetOrAdd(name, static (n, s) => new(n, s), shape) : null;

    /// <summary>
    /// The fields of each type's lexical form, in order (XSD 1.0 Part 2, 3.2.7–3.2.14): an optional time zone always
    /// ends it. Read by a scanner, not a regular expression: TEI's dates try up to eight of these types each, and a
    /// match's groups were most of what validating a volume's dates allocated.
    /// </summary>
    private static Shape? ShapeOf(string name) => name switch
    {
        "dateTime" => new(null, Year: true, Month: true, Day: true, Time: true),
        "date" => new(null, Year: true, Month: true, Day: true, Time: false),
        "time" => new(null, Year: false, Month: false, Day: false, Time: true),
        "gYearMonth" => new(null, Year: true, Month: true, Day: false, Time: false),
        "gYear" => new(null, Year: true, Month: false, Day: false, Time: false),
        "gMonthDay" => new("--", Year: false, Month: true, Day: true, Time: false),
        "gDay" => new("---", Year: false, Month: false, Day: true, Time: false),
        "gMonth" => new("--", Year: false, Month: true, Day: false, Time: false),
        _ => null,
    };

    public override string Normalize(string lexical) => Whitespace.Collapse(lexical);

    public override object? Parse(string lexical, IDatatypeContext context)
    {
        if (Scan(Normalize(lexical)) is not { } f)
        {
            return null;
        }

        var dayLimit = shape.Year ? DaysIn(f.Year, f.Month) : DaysIn(2000, f.Month);
        if (f.Month is < 1 or > 12 || f.Day < 1 || f.Day > dayLimit || f.Minute > 59 || f.Second >= 60
            || f.Hour > 24 || (f.Hour == 24 && (f.Minute != 0 || f.Second != 0)))
        {
            return null;
        }

        if (Math.Abs(f.ZoneMinutes) > 14 * 60)
        {
            return null;
        }

        var seconds = (decimal)((DaysFromCivil(Astronomical(f.Year), f.Month, f.Day) * SecondsPerDay) + (f.Hour * 3600L) + (f.Minute * 60L) - (f.ZoneMinutes * 60L)) + f.Second;
        return new Instant(f.HasZone, seconds);
    }

    /// <summary>The fields of a lexical form of this type, or null when it is not one (ranges are checked by the caller).</summary>
    private Fields? Scan(ReadOnlySpan<char> s)
    {
        var at = 0;
        var f = new Fields { Year = 2000, Month = 1, Day = 1 };
        if (shape.Prefix is { } prefix && !Literal(s, ref at, prefix))
        {
            return null;
        }

        if (shape.Year && !YearAt(s, ref at, out f.Year))
        {
            return null;
        }

        if ((shape.Month && ((shape.Year && !Literal(s, ref at, "-")) || !Digits(s, ref at, out f.Month)))
            || (shape.Day && ((shape.Month && !Literal(s, ref at, "-")) || !Digits(s, ref at, out f.Day)))
            || (shape.Time && ((shape.Day && !Literal(s, ref at, "T")) || !TimeAt(s, ref at, ref f))))
        {
            return null;
        }

        return ZoneAt(s, ref at, ref f) && at == s.Length ? f : null;
    }

    /// <summary><c>-?([1-9][0-9]{4,}|[0-9]{4})</c>, not year 0 and not beyond a trillion years.</summary>
    private static bool YearAt(ReadOnlySpan<char> s, ref int at, out long year)
    {
        year = 0;
        var negative = at < s.Length && s[at] == '-';
        var start = negative ? at + 1 : at;
        var end = start;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            end++;
        }

        var length = end - start;
        if (length < 4 || (length > 4 && s[start] == '0') || length > 13 || !long.TryParse(s[start..end], NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            return false;
        }

        year = negative ? -year : year;
        at = end;
        return year != 0 && Math.Abs(year) <= 1_000_000_000_000;
    }

    /// <summary><c>hh:mm:ss(.s+)?</c>.</summary>
    private static bool TimeAt(ReadOnlySpan<char> s, ref int at, ref Fields f)
    {
        if (!Digits(s, ref at, out f.Hour) || !Literal(s, ref at, ":") || !Digits(s, ref at, out f.Minute) || !Literal(s, ref at, ":"))
        {
            return false;
        }

        var start = at;
        if (!Digits(s, ref at, out _))
        {
            return false;
        }

        if (at < s.Length && s[at] == '.')
        {
            var fraction = ++at;
            while (at < s.Length && char.IsAsciiDigit(s[at]))
            {
                at++;
            }

            if (at == fraction)
            {
                return false;
            }
        }

        return decimal.TryParse(s[start..at], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out f.Second);
    }

    /// <summary>An optional <c>Z</c> or <c>(+|-)hh:mm</c> at the end.</summary>
    private static bool ZoneAt(ReadOnlySpan<char> s, ref int at, ref Fields f)
    {
        if (at == s.Length)
        {
            return true;
        }

        f.HasZone = true;
        if (s[at] == 'Z')
        {
            at++;
            return true;
        }

        var sign = s[at] switch { '+' => 1, '-' => -1, _ => 0 };
        at++;
        if (sign == 0 || !Digits(s, ref at, out var hours) || !Literal(s, ref at, ":") || !Digits(s, ref at, out var minutes) || minutes > 59)
        {
            return false;
        }

        f.ZoneMinutes = (int)(sign * ((hours * 60) + minutes));
        return true;
    }

    /// <summary>Exactly two ASCII digits.</summary>
    private static bool Digits(ReadOnlySpan<char> s, ref int at, out long value)
    {
        value = 0;
        if (at + 2 > s.Length || !char.IsAsciiDigit(s[at]) || !char.IsAsciiDigit(s[at + 1]))
        {
            return false;
        }

        value = ((s[at] - '0') * 10) + (s[at + 1] - '0');
        at += 2;
        return true;
    }

    private static bool Literal(ReadOnlySpan<char> s, ref int at, string literal)
    {
        if (!s[at..].StartsWith(literal, StringComparison.Ordinal))
        {
            return false;
        }

        at += literal.Length;
        return true;
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

    /// <summary>Which fields a type's lexical form has, after an optional literal prefix (<c>--</c> of gMonth).</summary>
    private sealed record Shape(string? Prefix, bool Year, bool Month, bool Day, bool Time);

    /// <summary>A lexical form's fields as scanned (absent ones at their defaults: year 2000, month and day 1).</summary>
    private struct Fields
    {
        public long Year;
        public long Month;
        public long Day;
        public long Hour;
        public long Minute;
        public decimal Second;
        public bool HasZone;
        public int ZoneMinutes;
    }
}
