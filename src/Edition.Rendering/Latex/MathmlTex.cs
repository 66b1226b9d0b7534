using System.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// Presentation MathML written as TeX math for the print edition, in the subset <see cref="TexMathSubset"/> lets TeX
/// typeset: scripts, fractions, roots, fences, under- and over-scripts, accents, matrices, the usual operators and
/// Greek letters by their commands, other letters as text. Null for what has no faithful form here (an element or a
/// symbol not known): the formula then prints as its tokens, as before.
/// </summary>
internal static class MathmlTex
{
    /// <summary>The formula as TeX (its display style from <c>math/@display</c>), or null.</summary>
    public static TexFormulaNode? Of(MathNode formula)
    {
        var sb = new StringBuilder();
        if (!Write(sb, formula))
        {
            return null;
        }

        var tex = sb.ToString().Trim();
        return tex.Length == 0 || TexMathSubset.Problem(tex) is not null ? null : new TexFormulaNode(tex, Attribute(formula, "display") == "block");
    }

    private static bool Write(StringBuilder sb, MathNode node) => node.Name switch
    {
        "math" or "mrow" or "mstyle" or "mpadded" or "merror" or "mtd" => Children(sb, node.Children),
        "semantics" or "maction" => node.Children.OfType<MathNode>().FirstOrDefault() is not { } first || Write(sb, first),
        "annotation" or "annotation-xml" or "none" or "mprescripts" or "mspace" => true,
        "mi" => Identifier(sb, node),
        "mn" or "mo" => Symbols(sb, Text(node)),
        "mtext" or "ms" => Words(sb, Text(node)),
        "mfrac" => Command(sb, Attribute(node, "linethickness") is "0" or "0px" ? "binom" : "frac", node, 2),
        "msqrt" => Command(sb, "sqrt", node, -1),
        "mroot" => Root(sb, node),
        "msup" or "msub" or "msubsup" or "munder" or "mover" or "munderover" => Scripts.Write(sb, node),
        "mfenced" => Fenced(sb, node),
        "menclose" => Command(sb, "boxed", node, -1),
        "mphantom" => Command(sb, "phantom", node, -1),
        "mtable" => Table(sb, node),
        "mmultiscripts" => Multiscripts(sb, node),
        _ => false,
    };

    private static bool Children(StringBuilder sb, IEnumerable<InlineNode> children)
    {
        foreach (var child in children)
        {
            var ok = child switch
            {
                MathNode m => Write(sb, m),
                TextNode t => string.IsNullOrWhiteSpace(t.Text) || Symbols(sb, t.Text.Trim()),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The node in braces, so a script or an argument never takes less (or more) than the whole.</summary>
    internal static bool Group(StringBuilder sb, MathNode node)
    {
        sb.Append('{');
        var ok = Write(sb, node);
        sb.Append('}');
        return ok;
    }

    /// <summary>A command over the node's arguments (its element children), or over all its content when <paramref name="arguments"/> is -1 (an implied mrow).</summary>
    private static bool Command(StringBuilder sb, string name, MathNode node, int arguments)
    {
        sb.Append('\\').Append(name);
        if (arguments < 0)
        {
            sb.Append('{');
            var ok = Children(sb, node.Children);
            sb.Append('}');
            return ok;
        }

        var args = Elements(node);
        return args.Count == arguments && args.All(a => Group(sb, a));
    }

    private static bool Root(StringBuilder sb, MathNode node)
    {
        var args = Elements(node);
        if (args.Count != 2)
        {
            return false;
        }

        sb.Append(@"\sqrt[");
        var ok = Group(sb, args[1]); // braced: a ']' inside would end the optional argument
        sb.Append(']');
        return ok && Group(sb, args[0]);
    }

    private static bool Identifier(StringBuilder sb, MathNode node)
    {
        var text = Text(node).Trim();
        var style = Attribute(node, "mathvariant") switch
        {
            "normal" => "mathrm", "bold" => "mathbf", "double-struck" => "mathbb", "script" => "mathcal", "fraktur" => "mathfrak",
            "sans-serif" => "mathsf", "monospace" => "mathtt", "bold-italic" => "boldsymbol", _ => null,
        };
        if (text.Length > 1 && style is null && MathmlSymbols.Functions.Contains(text))
        {
            sb.Append('\\').Append(text).Append(' ');
            return true;
        }

        style ??= text.Length > 1 && text.All(char.IsAsciiLetter) ? "mathrm" : null; // a name of several letters is upright
        if (style is null)
        {
            return Symbols(sb, text);
        }

        sb.Append('\\').Append(style).Append('{');
        var ok = Symbols(sb, text);
        sb.Append('}');
        return ok;
    }

    /// <summary>Characters of a token: ASCII math as itself, known symbols by command, other letters as text; null for any other.</summary>
    internal static bool Symbols(StringBuilder sb, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!MathmlSymbols.Append(sb, rune))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Words(StringBuilder sb, string text)
    {
        if (text.Any(c => !char.IsLetterOrDigit(c) && !TexMathCommands.TextCharacters.Contains(c, StringComparison.Ordinal) && !char.IsWhiteSpace(c)))
        {
            return false;
        }

        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (words.Length > 0)
        {
            sb.Append(@"\text{").Append(words).Append('}');
        }

        return true;
    }

    private static bool Fenced(StringBuilder sb, MathNode node)
    {
        var open = Attribute(node, "open") ?? "(";
        var close = Attribute(node, "close") ?? ")";
        var separator = (Attribute(node, "separators") ?? ",").Trim();
        sb.Append(@"\left");
        var ok = MathmlSymbols.Delimiter(sb, open);
        var items = Elements(node);
        for (var i = 0; ok && i < items.Count; i++)
        {
            ok = (i == 0 || Symbols(sb, separator.Length == 0 ? "" : separator[Math.Min(i - 1, separator.Length - 1)].ToString())) && Group(sb, items[i]);
        }

        sb.Append(@"\right");
        return ok && MathmlSymbols.Delimiter(sb, close);
    }

    private static bool Table(StringBuilder sb, MathNode node)
    {
        var rows = Elements(node).Select(Elements).ToList();
        if (rows.Count == 0 || rows.Any(r => r.Count is 0 or > 10))
        {
            return false;
        }

        sb.Append(@"\begin{matrix}");
        var ok = true;
        for (var r = 0; ok && r < rows.Count; r++)
        {
            sb.Append(r > 0 ? @"\\" : "");
            for (var c = 0; ok && c < rows[r].Count; c++)
            {
                sb.Append(c > 0 ? "&" : "");
                ok = Group(sb, rows[r][c]);
            }
        }

        sb.Append(@"\end{matrix}");
        return ok;
    }

    /// <summary>A base with its scripts after it; prescripts, if any, on an empty base before it.</summary>
    private static bool Multiscripts(StringBuilder sb, MathNode node)
    {
        var items = Elements(node);
        var split = items.FindIndex(i => i.Name == "mprescripts");
        var post = split < 0 ? items.Skip(1).ToList() : items.Skip(1).Take(split - 1).ToList();
        var pre = split < 0 ? [] : items.Skip(split + 1).ToList();
        if (items.Count == 0 || post.Count % 2 != 0 || pre.Count % 2 != 0)
        {
            return false;
        }

        if (pre.Count > 0)
        {
            sb.Append("{}");
            if (!Scripts.Pairs(sb, pre))
            {
                return false;
            }
        }

        return Group(sb, items[0]) && Scripts.Pairs(sb, post);
    }

    internal static List<MathNode> Elements(MathNode node) => node.Children.OfType<MathNode>().ToList();

    internal static string Text(MathNode node) => string.Concat(node.Children.Select(c => c switch
    {
        TextNode t => t.Text,
        MathNode m => Text(m),
        _ => "",
    }));

    /// <summary>The formula's tokens as plain text, its invisible operators left out: what prints when TeX cannot set it.</summary>
    public static string Tokens(MathNode node) => string.Concat(Text(node).EnumerateRunes().Where(r => r.Value is not (>= 0x2061 and <= 0x2064)).Select(r => r.ToString()));

    internal static string? Attribute(MathNode node, string name) =>
        node.Attributes.FirstOrDefault(a => a.Key == name) is { Key: not null } a ? a.Value : null;
}
