namespace Edition.RelaxNg.Datatypes;

/// <summary>The sets behind XSD 1.0's '.' and multi-character escapes (F.1.2), over all of Unicode, built once.</summary>
internal static class XsdCharSets
{
    private static readonly Lazy<CodePointSet> NotWord = new(() => UnicodeCategorySets.Get("P")!.Union(UnicodeCategorySets.Get("Z")!).Union(UnicodeCategorySets.Get("C")!));
    private static readonly Lazy<CodePointSet> Digit = new(() => UnicodeCategorySets.Get("Nd")!);
    private static readonly CodePointSet Space = CodePointSet.Of([' ', ' ', '\t', '\t', '\n', '\n', '\r', '\r']);

    /// <summary>'.': every character but newline and carriage return.</summary>
    public static CodePointSet Dot { get; } = CodePointSet.Of(['\n', '\n', '\r', '\r']).Complement();

    /// <summary>The set of <c>\s \S \i \I \c \C \d \D \w \W</c>, or null for another letter.</summary>
    public static CodePointSet? MultiCharEscape(int letter) => letter switch
    {
        's' => Space,
        'S' => Space.Complement(),
        'i' => XmlOneSecondEditionChars.Initial,
        'I' => XmlOneSecondEditionChars.Initial.Complement(),
        'c' => XmlOneSecondEditionChars.NameChar,
        'C' => XmlOneSecondEditionChars.NameChar.Complement(),
        'd' => Digit.Value,
        'D' => Digit.Value.Complement(),
        'w' => NotWord.Value.Complement(),
        'W' => NotWord.Value,
        _ => null,
    };
}
