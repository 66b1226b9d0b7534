namespace Edition.Rendering.Latex;

/// <summary>
/// The scripts the print edition's main font (Noto Serif) lacks, each set in a font of its own through a macro of the
/// theme: Han, kana and Hangul (<c>\edcjk</c>), Arabic (<c>\edarabic</c>, right to left), Hebrew (<c>\edhebrew</c>,
/// right to left). <c>Other</c> is everything the main font sets.
/// </summary>
internal enum PrintScript
{
    Other,
    Cjk,
    Arabic,
    Hebrew,
}

/// <summary>Which script a character is printed in, and what that script needs: its macro, its font, the package holding it.</summary>
internal static class PrintScripts
{
    public static PrintScript Of(char c) => c switch
    {
        >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F' => PrintScript.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => PrintScript.Arabic,
        >= '\u1100' and <= '\u11FF' or >= '\u3000' and <= '\u30FF' or >= '\u3130' and <= '\u318F' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' => PrintScript.Cjk,
        _ => PrintScript.Other,
    };

    /// <summary>Right-to-left scripts keep the spaces between their words inside their run, so the run's words keep their order.</summary>
    public static bool IsRightToLeft(PrintScript script) => script is PrintScript.Arabic or PrintScript.Hebrew;

    public static string Macro(PrintScript script) => script switch
    {
        PrintScript.Cjk => @"\edcjk",
        PrintScript.Arabic => @"\edarabic",
        PrintScript.Hebrew => @"\edhebrew",
        _ => "",
    };

    /// <summary>The font the theme sets the script in (fontconfig's family name), and the Debian package that has it.</summary>
    public static (string Name, string Font, string Package) Needs(PrintScript script) => script switch
    {
        PrintScript.Cjk => ("Han/kana/Hangul", "Noto Serif CJK SC", "fonts-noto-cjk"),
        PrintScript.Arabic => ("Arabic", "Noto Naskh Arabic", "fonts-noto-core"),
        PrintScript.Hebrew => ("Hebrew", "Noto Serif Hebrew", "fonts-noto-core"),
        _ => ("Latin", "Noto Serif", "fonts-noto-core"),
    };

    /// <summary>The polyglossia language a right-to-left script's runs are set in (its direction); null for the others.</summary>
    public static string? Language(PrintScript script) => script switch
    {
        PrintScript.Arabic => "arabic",
        PrintScript.Hebrew => "hebrew",
        _ => null,
    };
}
