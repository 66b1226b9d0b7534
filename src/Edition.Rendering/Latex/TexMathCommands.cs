namespace Edition.Rendering.Latex;

/// <summary>
/// The math the print edition lets TeX typeset from a TEI file's TeX formulas, by what each command takes (LaTeX with
/// amsmath and amssymb). Only typesetting: nothing here reads or writes a file, defines, expands by name or changes
/// how TeX reads its input. A command not listed is not typeset: the formula is printed as its source.
/// </summary>
internal static class TexMathCommands
{
    /// <summary>Commands that take no argument: letters, symbols, operators, relations, arrows, dots, spaces, styles.</summary>
    public static readonly HashSet<string> Symbols = new(StringComparer.Ordinal)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi",
        "pi", "varpi", "rho", "varrho", "sigma", "varsigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
        "sum", "prod", "coprod", "int", "iint", "iiint", "oint", "bigcup", "bigcap", "bigoplus", "bigotimes", "bigvee", "bigwedge",
        "lim", "liminf", "limsup", "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth",
        "log", "ln", "lg", "exp", "min", "max", "sup", "inf", "det", "dim", "ker", "deg", "gcd", "arg", "hom", "Pr", "bmod",
        "pm", "mp", "times", "div", "cdot", "ast", "star", "circ", "bullet", "oplus", "ominus", "otimes", "oslash", "odot", "cup", "cap",
        "setminus", "wedge", "vee", "land", "lor", "neg", "lnot", "dagger", "ddagger", "amalg", "wr",
        "leq", "le", "geq", "ge", "neq", "ne", "ll", "gg", "approx", "equiv", "sim", "simeq", "cong", "propto", "asymp", "doteq",
        "in", "notin", "ni", "subset", "supset", "subseteq", "supseteq", "prec", "succ", "preceq", "succeq", "perp", "parallel", "mid",
        "models", "vdash", "dashv", "leqslant", "geqslant", "lesssim", "gtrsim", "nleq", "ngeq", "subsetneq", "supsetneq",
        "to", "gets", "rightarrow", "leftarrow", "leftrightarrow", "Rightarrow", "Leftarrow", "Leftrightarrow", "longrightarrow",
        "longleftarrow", "Longrightarrow", "Longleftarrow", "longleftrightarrow", "Longleftrightarrow", "mapsto", "longmapsto",
        "implies", "impliedby", "iff", "uparrow", "downarrow", "updownarrow", "Uparrow", "Downarrow", "nearrow", "searrow", "hookrightarrow",
        "infty", "partial", "nabla", "forall", "exists", "nexists", "emptyset", "varnothing", "aleph", "hbar", "ell", "wp", "Re", "Im",
        "prime", "angle", "triangle", "square", "top", "bot", "therefore", "because", "surd", "flat", "natural", "sharp", "checkmark",
        "langle", "rangle", "lfloor", "rfloor", "lceil", "rceil", "vert", "Vert", "lvert", "rvert", "lVert", "rVert", "backslash",
        "ldots", "cdots", "vdots", "ddots", "dots", "dotsc", "dotsb",
        "quad", "qquad", "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "colon",
    };

    /// <summary>Symbols that may stand alone as a script or an argument (<c>x^\alpha</c>): TeX math characters, not macros that build.</summary>
    public static readonly HashSet<string> ScriptSymbols = new(StringComparer.Ordinal)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi",
        "pi", "varpi", "rho", "varrho", "sigma", "varsigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
        "infty", "partial", "nabla", "prime", "ast", "star", "circ", "bullet", "pm", "mp", "times", "cdot", "dagger", "ddagger", "ell",
        "aleph", "emptyset", "forall", "exists", "neg", "in", "cup", "cap", "wedge", "vee", "leq", "geq", "le", "ge", "sim", "approx",
        "equiv", "perp", "to", "rightarrow", "leftarrow",
    };

    /// <summary>Commands that take one argument in math.</summary>
    public static readonly HashSet<string> OneArgument = new(StringComparer.Ordinal)
    {
        "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "mathcal", "mathbb", "mathfrak", "boldsymbol", "operatorname",
        "hat", "widehat", "bar", "overline", "underline", "vec", "tilde", "widetilde", "dot", "ddot", "acute", "grave", "breve", "check",
        "overbrace", "underbrace", "overrightarrow", "overleftarrow", "boxed", "phantom",
    };

    /// <summary>Commands that take two arguments in math.</summary>
    public static readonly HashSet<string> TwoArguments = new(StringComparer.Ordinal)
    {
        "frac", "dfrac", "tfrac", "binom", "dbinom", "tbinom", "overset", "underset", "stackrel",
    };

    /// <summary>Commands whose one argument is text (letters, digits, spaces and plain punctuation).</summary>
    public static readonly HashSet<string> TextArgument = new(StringComparer.Ordinal) { "text", "textrm", "textit", "textbf", "mbox" };

    /// <summary>Sizes of delimiters: each takes one delimiter.</summary>
    public static readonly HashSet<string> Sized = new(StringComparer.Ordinal)
    {
        "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr",
    };

    /// <summary>Commands that may stand as a delimiter (after \left, \right, \middle, \big…).</summary>
    public static readonly HashSet<string> Delimiters = new(StringComparer.Ordinal)
    {
        "langle", "rangle", "lfloor", "rfloor", "lceil", "rceil", "vert", "Vert", "lvert", "rvert", "lVert", "rVert", "uparrow", "downarrow",
        "updownarrow", "Uparrow", "Downarrow", "backslash",
    };

    /// <summary>Environments, with the most column separators (&amp;) a row may have (amsmath's matrices have 10 columns).</summary>
    public static readonly Dictionary<string, int> Environments = new(StringComparer.Ordinal)
    {
        ["matrix"] = 9, ["pmatrix"] = 9, ["bmatrix"] = 9, ["Bmatrix"] = 9, ["vmatrix"] = 9, ["Vmatrix"] = 9, ["smallmatrix"] = 9,
        ["cases"] = 1, ["aligned"] = 99, ["gathered"] = 0,
    };

    /// <summary>Control symbols (a backslash and one character) that typeset a character or a space.</summary>
    public const string ControlSymbols = ",;:! {}|%#&$_";

    /// <summary>Characters that typeset as themselves in math (letters and digits besides).</summary>
    public const string MathCharacters = "+-=*/()[]<>|.,;:!? ";

    /// <summary>Characters allowed in a text argument (letters and digits besides).</summary>
    public const string TextCharacters = " .,;:!?'()-/+=*[]";
}
