using System.Numerics;

namespace Edition.RelaxNg.Datatypes;

/// <summary>decimal, integer and the integer subtypes (long, int, short, byte, unsigned…, (non)positive/negative).</summary>
internal sealed class XsdDecimalType : Datatype
{
    private readonly bool integerOnly;
    private readonly BigInteger? min;
    private readonly BigInteger? max;

    private XsdDecimalType(string name, bool integerOnly, BigInteger? min = null, BigInteger? max = null)
    {
        Name = name;
        this.integerOnly = integerOnly;
        this.min = min;
        this.max = max;
    }

    public override string Name { get; }

    public override bool IsOrdered => true;

    public override bool HasDigits => true;

    public static XsdDecimalType? Create(string name) => name switch
    {
        "decimal" => new(name, false),
        "integer" => new(name, true),
        "nonPositiveInteger" => new(name, true, max: 0),
        "negativeInteger" => new(name, true, max: -1),
        "nonNegativeInteger" => new(name, true, min: 0),
        "positiveInteger" => new(name, true, min: 1),
        "long" => new(name, true, long.MinValue, long.MaxValue),
        "int" => new(name, true, int.MinValue, int.MaxValue),
        "short" => new(name, true, short.MinValue, short.MaxValue),
        "byte" => new(name, true, sbyte.MinValue, sbyte.MaxValue),
        "unsignedLong" => new(name, true, 0, ulong.MaxValue),
        "unsignedInt" => new(name, true, 0, uint.MaxValue),
        "unsignedShort" => new(name, true, 0, ushort.MaxValue),
        "unsignedByte" => new(name, true, 0, byte.MaxValue),
        _ => null,
    };

    public override string Normalize(string lexical) => Whitespace.Collapse(lexical);

    public override object? Parse(string lexical, IDatatypeContext context)
    {
        if (XsdDecimal.TryParse(Normalize(lexical), integerOnly) is not { } value)
        {
            return null;
        }

        if ((min is { } lo && value.Unscaled < lo) || (max is { } hi && value.Unscaled > hi))
        {
            return null;
        }

        return value;
    }

    public override int? Compare(object a, object b) => ((XsdDecimal)a).CompareTo((XsdDecimal)b);
}
