using System.Globalization;
using System.Text.RegularExpressions;

namespace Edition.RelaxNg.Datatypes;

/// <summary>duration: <c>-?PnYnMnDTnHnMnS</c>; the value is (months, seconds), partially ordered.</summary>
internal sealed partial class XsdDurationType : Datatype
{
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
        var months = sign * ((Get("y") * 12) + Get("mo"));
        var seconds = sign * ((Get("d") * 86400) + (Get("h") * 3600) + (Get("mi") * 60) + Get("s"));
        return new Value(months, seconds);
    }

    public override int? Compare(object a, object b)
    {
        var (x, y) = ((Value)a, (Value)b);
        var months = x.Months.CompareTo(y.Months);
        var seconds = x.Seconds.CompareTo(y.Seconds);
        if (months == 0 || seconds == 0 || months == seconds)
        {
            return months != 0 ? months : seconds;
        }

        return null;
    }

    [GeneratedRegex(@"^-?P(?:(?<y>[0-9]+)Y)?(?:(?<mo>[0-9]+)M)?(?:(?<d>[0-9]+)D)?(?:T(?:(?<h>[0-9]+)H)?(?:(?<mi>[0-9]+)M)?(?:(?<s>[0-9]+(?:\.[0-9]+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationRegex();

    internal readonly record struct Value(decimal Months, decimal Seconds);
}
