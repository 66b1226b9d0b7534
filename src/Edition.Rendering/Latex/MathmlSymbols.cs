using System.Text;

namespace Edition.Rendering.Latex;

/// <summary>
/// The characters of MathML tokens in TeX math: ASCII letters, digits and plain math characters as themselves,
/// Unicode operators, relations, arrows and Greek letters by their TeX commands (the math font has no other glyphs),
/// invisible operators as nothing, letters of other scripts as text (the main font has them).
/// </summary>
internal static class MathmlSymbols
{
    /// <summary>Names MathML writes as an <c>mi</c> that TeX sets upright as an operator.</summary>
    public static readonly HashSet<string> Functions = new(StringComparer.Ordinal)
    {
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth", "log", "ln", "lg", "exp",
        "min", "max", "sup", "inf", "lim", "liminf", "limsup", "det", "dim", "ker", "deg", "gcd", "arg", "hom", "Pr",
    };

    public static readonly HashSet<string> LimitNames = new(StringComparer.Ordinal) { "lim", "liminf", "limsup", "min", "max", "sup", "inf", "det", "gcd", "Pr" };

    public static readonly HashSet<string> LargeOperators = new(StringComparer.Ordinal)
    {
        "\u2211", "\u220f", "\u2210", "\u222b", "\u222c", "\u222d", "\u222e", "\u22c3", "\u22c2", "\u2a01", "\u2a02", "\u22c1", "\u22c0",
    };

    private static readonly Dictionary<int, string> Commands = new()
    {
        [0x2212] = "-", [0x00b1] = @"\pm", [0x2213] = @"\mp", [0x00d7] = @"\times", [0x00f7] = @"\div", [0x00b7] = @"\cdot", [0x22c5] = @"\cdot",
        [0x2217] = @"\ast", [0x2218] = @"\circ", [0x2219] = @"\bullet", [0x2264] = @"\leq", [0x2265] = @"\geq", [0x2260] = @"\neq",
        [0x2248] = @"\approx", [0x2261] = @"\equiv", [0x223c] = @"\sim", [0x2243] = @"\simeq", [0x2245] = @"\cong", [0x221d] = @"\propto",
        [0x226a] = @"\ll", [0x226b] = @"\gg", [0x2208] = @"\in", [0x2209] = @"\notin", [0x220b] = @"\ni", [0x2282] = @"\subset",
        [0x2283] = @"\supset", [0x2286] = @"\subseteq", [0x2287] = @"\supseteq", [0x222a] = @"\cup", [0x2229] = @"\cap", [0x2227] = @"\wedge",
        [0x2228] = @"\vee", [0x00ac] = @"\neg", [0x2192] = @"\rightarrow", [0x2190] = @"\leftarrow", [0x2194] = @"\leftrightarrow",
        [0x21d2] = @"\Rightarrow", [0x21d0] = @"\Leftarrow", [0x21d4] = @"\Leftrightarrow", [0x21a6] = @"\mapsto", [0x2191] = @"\uparrow",
        [0x2193] = @"\downarrow", [0x221e] = @"\infty", [0x2202] = @"\partial", [0x2207] = @"\nabla", [0x2200] = @"\forall", [0x2203] = @"\exists",
        [0x2205] = @"\emptyset", [0x2211] = @"\sum", [0x220f] = @"\prod", [0x2210] = @"\coprod", [0x222b] = @"\int", [0x222c] = @"\iint",
        [0x222d] = @"\iiint", [0x222e] = @"\oint", [0x22c3] = @"\bigcup", [0x22c2] = @"\bigcap", [0x2a01] = @"\bigoplus", [0x2a02] = @"\bigotimes",
        [0x22c1] = @"\bigvee", [0x22c0] = @"\bigwedge", [0x2032] = @"\prime", [0x2026] = @"\ldots", [0x22ef] = @"\cdots", [0x22ee] = @"\vdots",
        [0x22f1] = @"\ddots", [0x27e8] = @"\langle", [0x27e9] = @"\rangle", [0x2329] = @"\langle", [0x232a] = @"\rangle", [0x230a] = @"\lfloor",
        [0x230b] = @"\rfloor", [0x2308] = @"\lceil", [0x2309] = @"\rceil", [0x2225] = @"\parallel", [0x22a5] = @"\perp", [0x2223] = @"\mid",
        [0x2113] = @"\ell", [0x210f] = @"\hbar", [0x2135] = @"\aleph", [0x2295] = @"\oplus", [0x2297] = @"\otimes", [0x2296] = @"\ominus",
        [0x2299] = @"\odot", [0x2216] = @"\setminus", [0x22a2] = @"\vdash", [0x2234] = @"\therefore", [0x2235] = @"\because", [0x2220] = @"\angle",
        [0x211c] = @"\Re", [0x2111] = @"\Im", [0x2118] = @"\wp", [0x00a0] = " ",
        [0x211d] = @"\mathbb{R}", [0x2115] = @"\mathbb{N}", [0x2124] = @"\mathbb{Z}", [0x211a] = @"\mathbb{Q}", [0x2102] = @"\mathbb{C}",
        [0x03b1] = @"\alpha", [0x03b2] = @"\beta", [0x03b3] = @"\gamma", [0x03b4] = @"\delta", [0x03b5] = @"\varepsilon", [0x03f5] = @"\epsilon",
        [0x03b6] = @"\zeta", [0x03b7] = @"\eta", [0x03b8] = @"\theta", [0x03d1] = @"\vartheta", [0x03b9] = @"\iota", [0x03ba] = @"\kappa",
        [0x03bb] = @"\lambda", [0x03bc] = @"\mu", [0x03bd] = @"\nu", [0x03be] = @"\xi", [0x03bf] = "o", [0x03c0] = @"\pi", [0x03d6] = @"\varpi",
        [0x03c1] = @"\rho", [0x03f1] = @"\varrho", [0x03c2] = @"\varsigma", [0x03c3] = @"\sigma", [0x03c4] = @"\tau", [0x03c5] = @"\upsilon",
        [0x03c6] = @"\varphi", [0x03d5] = @"\phi", [0x03c7] = @"\chi", [0x03c8] = @"\psi", [0x03c9] = @"\omega",
        [0x0393] = @"\Gamma", [0x0394] = @"\Delta", [0x0398] = @"\Theta", [0x039b] = @"\Lambda", [0x039e] = @"\Xi", [0x03a0] = @"\Pi",
        [0x03a3] = @"\Sigma", [0x03a5] = @"\Upsilon", [0x03a6] = @"\Phi", [0x03a8] = @"\Psi", [0x03a9] = @"\Omega",
        [0x0391] = "A", [0x0392] = "B", [0x0395] = "E", [0x0396] = "Z", [0x0397] = "H", [0x0399] = "I", [0x039a] = "K", [0x039c] = "M",
        [0x039d] = "N", [0x039f] = "O", [0x03a1] = "P", [0x03a4] = "T", [0x03a7] = "X",
    };

    /// <summary>Invisible times, function application, separator and plus: meaning for a reader of MathML, nothing on the page.</summary>
    private static bool Invisible(int c) => c is >= 0x2061 and <= 0x2064 || c == 0x200b;

    public static bool Append(StringBuilder sb, Rune rune)
    {
        var c = rune.Value;
        if (Invisible(c))
        {
            return true;
        }

        if (c < 0x80 && (char.IsAsciiLetterOrDigit((char)c) || TexMathCommands.MathCharacters.Contains((char)c, StringComparison.Ordinal) || c == '\''))
        {
            sb.Append((char)c);
            return true;
        }

        if (Commands.TryGetValue(c, out var command))
        {
            sb.Append(command).Append(command.StartsWith('\\') && char.IsAsciiLetter(command[^1]) ? " " : "");
            return true;
        }

        if (Rune.IsLetter(rune) || Rune.IsDigit(rune))
        {
            sb.Append(@"\text{").Append(rune.ToString()).Append('}'); // the main font has the letter; the math font may not
            return true;
        }

        return false;
    }

    /// <summary>A fence's delimiter after \left or \right: an empty one is TeX's '.'.</summary>
    public static bool Delimiter(StringBuilder sb, string fence)
    {
        var d = fence.Trim();
        var tex = d switch
        {
            "" => ".", "(" or ")" or "[" or "]" or "|" or "/" => d, "{" => @"\{", "}" => @"\}", "\u2016" => @"\Vert ",
            "\u27e8" or "\u2329" => @"\langle ", "\u27e9" or "\u232a" => @"\rangle ", "\u230a" => @"\lfloor ", "\u230b" => @"\rfloor ",
            "\u2308" => @"\lceil ", "\u2309" => @"\rceil ", _ => null,
        };
        sb.Append(tex);
        return tex is not null;
    }
}
