using System.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// MathML's scripts in TeX: <c>msub</c>/<c>msup</c>/<c>msubsup</c> as <c>{base}_{…}^{…}</c>; <c>munder</c>/<c>mover</c>
/// as limits on a large operator, an accent (<c>\hat</c>, <c>\bar</c>…) or a brace, else <c>\underset</c>/<c>\overset</c>.
/// </summary>
internal static class Scripts
{
    private static readonly Dictionary<string, string> Accents = new(StringComparer.Ordinal)
    {
        ["^"] = "hat", ["\u02c6"] = "hat", ["\u0302"] = "hat", ["\u00af"] = "bar", ["\u203e"] = "overline", ["\u0305"] = "bar", ["~"] = "tilde",
        ["\u02dc"] = "tilde", ["\u0303"] = "tilde", ["\u02d9"] = "dot", ["\u0307"] = "dot", ["\u00a8"] = "ddot", ["\u0308"] = "ddot",
        ["\u2192"] = "vec", ["\u20d7"] = "vec", ["\u02c7"] = "check", ["\u02d8"] = "breve", ["\u00b4"] = "acute", ["`"] = "grave",
        ["\u23de"] = "overbrace", ["\ufe37"] = "overbrace",
    };

    private static readonly Dictionary<string, string> UnderAccents = new(StringComparer.Ordinal)
    {
        ["\u23df"] = "underbrace", ["\ufe38"] = "underbrace", ["_"] = "underline", ["\u0332"] = "underline",
    };

    public static bool Write(StringBuilder sb, MathNode node)
    {
        var args = MathmlTex.Elements(node);
        var expected = node.Name is "msubsup" or "munderover" ? 3 : 2;
        if (args.Count != expected)
        {
            return false;
        }

        return node.Name switch
        {
            "msub" => Attach(sb, args[0], args[1], null),
            "msup" => Attach(sb, args[0], null, args[1]),
            "msubsup" => Attach(sb, args[0], args[1], args[2]),
            "munder" => Under(sb, args[0], args[1]),
            "mover" => Over(sb, args[0], args[1]),
            _ => Limits(args[0]) ? Attach(sb, args[0], args[1], args[2]) : Over(sb, new MathNode("munder", [], [args[0], args[1]]), args[2]),
        };
    }

    /// <summary>Pairs of subscript and superscript after an empty base (<c>mmultiscripts</c>), a <c>none</c> leaving its place empty.</summary>
    public static bool Pairs(StringBuilder sb, IReadOnlyList<MathNode> scripts)
    {
        for (var i = 0; i < scripts.Count; i += 2)
        {
            if (i > 0)
            {
                sb.Append("{}"); // a further pair: TeX takes one subscript and one superscript per base
            }

            if (!Script(sb, '_', scripts[i]) || !Script(sb, '^', scripts[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The base braced (so its scripts attach to the whole), unless a large operator whose braces would cost it its limits.</summary>
    private static bool Attach(StringBuilder sb, MathNode @base, MathNode? sub, MathNode? sup) =>
        (Limits(@base) ? LimitBase(sb, @base) : MathmlTex.Group(sb, @base))
        && (sub is null || Script(sb, '_', sub)) && (sup is null || Script(sb, '^', sup));

    private static bool Script(StringBuilder sb, char mark, MathNode script)
    {
        if (script.Name == "none")
        {
            return true;
        }

        sb.Append(mark);
        return MathmlTex.Group(sb, script);
    }

    private static bool Under(StringBuilder sb, MathNode @base, MathNode under)
    {
        if (Limits(@base))
        {
            return Attach(sb, @base, under, null);
        }

        if (under.Name == "mo" && UnderAccents.TryGetValue(MathmlTex.Text(under).Trim(), out var accent))
        {
            sb.Append('\\').Append(accent);
            return MathmlTex.Group(sb, @base);
        }

        sb.Append(@"\underset");
        return MathmlTex.Group(sb, under) && MathmlTex.Group(sb, @base);
    }

    private static bool Over(StringBuilder sb, MathNode @base, MathNode over)
    {
        if (Limits(@base))
        {
            return Attach(sb, @base, null, over);
        }

        if (over.Name == "mo" && Accents.TryGetValue(MathmlTex.Text(over).Trim(), out var accent))
        {
            sb.Append('\\').Append(accent);
            return MathmlTex.Group(sb, @base);
        }

        sb.Append(@"\overset");
        return MathmlTex.Group(sb, over) && MathmlTex.Group(sb, @base);
    }

    private static bool LimitBase(StringBuilder sb, MathNode @base)
    {
        var text = MathmlTex.Text(@base).Trim();
        if (@base.Name == "mi")
        {
            sb.Append('\\').Append(text).Append(' ');
            return true;
        }

        return MathmlTex.Symbols(sb, text);
    }

    /// <summary>A large operator (∑, ∏, ∫…) or a limit-like name (lim, max…): its under- and over-scripts are limits.</summary>
    private static bool Limits(MathNode @base) =>
        (@base.Name == "mo" && MathmlSymbols.LargeOperators.Contains(MathmlTex.Text(@base).Trim()))
        || (@base.Name == "mi" && MathmlSymbols.LimitNames.Contains(MathmlTex.Text(@base).Trim()));
}
