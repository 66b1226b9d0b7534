using System.Numerics;

namespace Edition.RelaxNg.Datatypes;

/// <summary>An arbitrary-precision decimal: <c>Unscaled × 10^-Scale</c>, normalised (no trailing fraction zeros).</summary>
internal readonly record struct XsdDecimal(BigInteger Unscaled, int Scale) : IComparable<XsdDecimal>
{
    public int TotalDigits => Unscaled.IsZero ? 1 : BigInteger.Abs(Unscaled).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

    public bool IsInteger => Scale == 0;

    /// <summary>Parses <c>[+-]?(d+(.d*)?|.d+)</c>; integers only when <paramref name="integerOnly"/>.</summary>
    public static XsdDecimal? TryParse(string s, bool integerOnly)
    {
        var i = 0;
        var negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }

        var digits = new System.Text.StringBuilder(s.Length);
        var scale = 0;
        var seenPoint = false;
        var seenDigit = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
                seenDigit = true;
                scale += seenPoint ? 1 : 0;
            }
            else if (c == '.' && !seenPoint && !integerOnly)
            {
                seenPoint = true;
            }
            else
            {
                return null;
            }
        }

        if (!seenDigit)
        {
            return null;
        }

        var unscaled = BigInteger.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        return Normalise(negative ? -unscaled : unscaled, scale);
    }

    public int CompareTo(XsdDecimal other)
    {
        var scale = Math.Max(Scale, other.Scale);
        var a = Unscaled * BigInteger.Pow(10, scale - Scale);
        var b = other.Unscaled * BigInteger.Pow(10, scale - other.Scale);
        return a.CompareTo(b);
    }

    private static XsdDecimal Normalise(BigInteger unscaled, int scale)
    {
        while (scale > 0 && !unscaled.IsZero && unscaled % 10 == 0)
        {
            unscaled /= 10;
            scale--;
        }

        return unscaled.IsZero ? new XsdDecimal(BigInteger.Zero, 0) : new XsdDecimal(unscaled, scale);
    }
}
