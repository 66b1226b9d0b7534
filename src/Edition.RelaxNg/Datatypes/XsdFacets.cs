namespace Edition.RelaxNg.Datatypes;

/// <summary>The constraining facets a RELAX NG <c>param</c> may set on an XML Schema datatype.</summary>
internal sealed class XsdFacets
{
    public List<XsdPattern> Patterns { get; } = [];

    public int? Length { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public object? MinInclusive { get; set; }

    public object? MinExclusive { get; set; }

    public object? MaxInclusive { get; set; }

    public object? MaxExclusive { get; set; }

    public int? TotalDigits { get; set; }

    public int? FractionDigits { get; set; }

    public bool Allows(Datatype type, string normalized, object value)
    {
        foreach (var p in Patterns)
        {
            if (!p.IsMatch(normalized))
            {
                return false;
            }
        }

        if (Length is not null || MinLength is not null || MaxLength is not null)
        {
            var n = type.Length(value) ?? 0;
            if (n != (Length ?? n) || n < (MinLength ?? n) || n > (MaxLength ?? n))
            {
                return false;
            }
        }

        return AllowsBounds(type, value) && AllowsDigits(value);
    }

    private bool AllowsBounds(Datatype type, object value) =>
        (MinInclusive is null || type.Compare(value, MinInclusive) >= 0)
        && (MinExclusive is null || type.Compare(value, MinExclusive) > 0)
        && (MaxInclusive is null || type.Compare(value, MaxInclusive) <= 0)
        && (MaxExclusive is null || type.Compare(value, MaxExclusive) < 0);

    private bool AllowsDigits(object value)
    {
        if (TotalDigits is null && FractionDigits is null)
        {
            return true;
        }

        var d = (XsdDecimal)value;
        return d.TotalDigits <= (TotalDigits ?? int.MaxValue) && d.Scale <= (FractionDigits ?? int.MaxValue);
    }
}
