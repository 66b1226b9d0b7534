using System.Globalization;
using System.Text.RegularExpressions;

namespace Edition.RelaxNg.Datatypes;

/// <summary>double and float (IEEE 754; INF, -INF, NaN).</summary>
internal sealed partial class XsdFloatType(string name, bool single) : Datatype
{
    public override string Name { get; } = name;

    public override bool IsOrdered => true;

    public override string Normalize(string lexical) => Whitespace.Collapse(lexical);

    public override object? Parse(string lexical, IDatatypeContext context)
    {
        var s = Normalize(lexical);
        switch (s)
        {
            case "INF":
                return double.PositiveInfinity;
            case "-INF":
                return double.NegativeInfinity;
            case "NaN":
                return double.NaN;
        }

        if (!NumberRegex().IsMatch(s))
        {
            return null;
        }

        var d = double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        return single ? (double)(float)d : d;
    }

    public override bool SameValue(object a, object b) => ((double)a).Equals((double)b);

    public override int? Compare(object a, object b)
    {
        var x = (double)a;
        var y = (double)b;
        return double.IsNaN(x) || double.IsNaN(y) ? null : x.CompareTo(y);
    }

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();
}
