using System.Globalization;
using System.Runtime.InteropServices;

namespace Edition.RelaxNg.Datatypes;

/// <summary>
/// The general categories XSD 1.0 names in <c>\p{…}</c> (F.1.1: no Cs, no LC) as code-point sets over the whole
/// of Unicode, so that a letter above U+FFFF is a letter (the .NET escapes see only UTF-16 code units).
/// </summary>
internal static class UnicodeCategorySets
{
    // One pass over all code points, on first use: the ranges of each .NET category, as bounds lo, hi, lo, hi…
    private static readonly Lazy<List<int>[]> ByCategory = new(Scan);

    // A switch, not a frozen dictionary: building one costs more at a process's start than all the lookups it serves.
    private static UnicodeCategory[]? Categories(string name) => name switch
    {
        "L" => [UnicodeCategory.UppercaseLetter, UnicodeCategory.LowercaseLetter, UnicodeCategory.TitlecaseLetter, UnicodeCategory.ModifierLetter, UnicodeCategory.OtherLetter],
        "Lu" => [UnicodeCategory.UppercaseLetter],
        "Ll" => [UnicodeCategory.LowercaseLetter],
        "Lt" => [UnicodeCategory.TitlecaseLetter],
        "Lm" => [UnicodeCategory.ModifierLetter],
        "Lo" => [UnicodeCategory.OtherLetter],
        "M" => [UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark],
        "Mn" => [UnicodeCategory.NonSpacingMark],
        "Mc" => [UnicodeCategory.SpacingCombiningMark],
        "Me" => [UnicodeCategory.EnclosingMark],
        "N" => [UnicodeCategory.DecimalDigitNumber, UnicodeCategory.LetterNumber, UnicodeCategory.OtherNumber],
        "Nd" => [UnicodeCategory.DecimalDigitNumber],
        "Nl" => [UnicodeCategory.LetterNumber],
        "No" => [UnicodeCategory.OtherNumber],
        "P" => [UnicodeCategory.ConnectorPunctuation, UnicodeCategory.DashPunctuation, UnicodeCategory.OpenPunctuation, UnicodeCategory.ClosePunctuation, UnicodeCategory.InitialQuotePunctuation, UnicodeCategory.FinalQuotePunctuation, UnicodeCategory.OtherPunctuation],
        "Pc" => [UnicodeCategory.ConnectorPunctuation],
        "Pd" => [UnicodeCategory.DashPunctuation],
        "Ps" => [UnicodeCategory.OpenPunctuation],
        "Pe" => [UnicodeCategory.ClosePunctuation],
        "Pi" => [UnicodeCategory.InitialQuotePunctuation],
        "Pf" => [UnicodeCategory.FinalQuotePunctuation],
        "Po" => [UnicodeCategory.OtherPunctuation],
        "Z" => [UnicodeCategory.SpaceSeparator, UnicodeCategory.LineSeparator, UnicodeCategory.ParagraphSeparator],
        "Zs" => [UnicodeCategory.SpaceSeparator],
        "Zl" => [UnicodeCategory.LineSeparator],
        "Zp" => [UnicodeCategory.ParagraphSeparator],
        "S" => [UnicodeCategory.MathSymbol, UnicodeCategory.CurrencySymbol, UnicodeCategory.ModifierSymbol, UnicodeCategory.OtherSymbol],
        "Sm" => [UnicodeCategory.MathSymbol],
        "Sc" => [UnicodeCategory.CurrencySymbol],
        "Sk" => [UnicodeCategory.ModifierSymbol],
        "So" => [UnicodeCategory.OtherSymbol],
        "C" => [UnicodeCategory.Control, UnicodeCategory.Format, UnicodeCategory.PrivateUse, UnicodeCategory.OtherNotAssigned, UnicodeCategory.Surrogate],
        "Cc" => [UnicodeCategory.Control],
        "Cf" => [UnicodeCategory.Format],
        "Co" => [UnicodeCategory.PrivateUse],
        "Cn" => [UnicodeCategory.OtherNotAssigned],
        _ => null,
    };

    /// <summary>The set a category name denotes, or null when XSD 1.0 does not name that category.</summary>
    public static CodePointSet? Get(string name)
    {
        if (Categories(name) is not { } categories)
        {
            return null;
        }

        var bounds = new List<int>();
        foreach (var category in categories)
        {
            bounds.AddRange(ByCategory.Value[(int)category]);
        }

        return CodePointSet.Of(CollectionsMarshal.AsSpan(bounds));
    }

    private static List<int>[] Scan()
    {
        var lists = new List<int>[30];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }

        var start = 0;
        var current = CharUnicodeInfo.GetUnicodeCategory(0);
        for (var c = 1; c <= CodePointSet.MaxCodePoint + 1; c++)
        {
            var category = c <= CodePointSet.MaxCodePoint ? CharUnicodeInfo.GetUnicodeCategory(c) : (UnicodeCategory)(-1);
            if (category != current)
            {
                lists[(int)current].Add(start);
                lists[(int)current].Add(c - 1);
                start = c;
                current = category;
            }
        }

        return lists;
    }
}
