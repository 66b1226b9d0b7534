using System.Globalization;

namespace Edition.Core.Conventions;

/// <summary>
/// The order of an index in one language: that culture's collation (German puts "Ä" with "A"; Cyrillic in the
/// Russian alphabet's order), case and accents weighing last, then ordinal, so that equal keys still sort one way.
/// </summary>
public sealed class IndexOrder : IComparer<string>
{
    private readonly CompareInfo _compare;

    private IndexOrder(CompareInfo compare) => _compare = compare;

    public static IndexOrder For(CitationConvention convention) => For(convention.Culture);

    public static IndexOrder For(string culture) => new(CultureInfo.GetCultureInfo(culture).CompareInfo);

    public int Compare(string? x, string? y)
    {
        var byCulture = _compare.Compare(x, y, CompareOptions.None);
        return byCulture != 0 ? byCulture : string.CompareOrdinal(x, y);
    }
}
