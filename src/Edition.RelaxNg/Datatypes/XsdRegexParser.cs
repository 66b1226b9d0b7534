using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace Edition.RelaxNg.Datatypes;

/// <summary>
/// A parser of XSD 1.0's regular expression grammar (Part 2, Appendix F) that writes the .NET pattern matching the
/// same strings. Character classes become code-point sets (a character above U+FFFF is one character, matched as
/// its surrogate pair), quantifier bounds beyond Int32 keep their meaning, and what the grammar does not allow
/// (reluctant quantifiers, a bare '{' or ']', unknown escapes, blocks XSD 1.0 does not list) is an error.
/// </summary>
internal sealed class XsdRegexParser
{
    private const int MaxDepth = 200;
    private const string SingleEscapes = "nrt\\|.?*+(){}-[]^";

    private readonly string source;
    private readonly int[] chars;
    private readonly bool bmpOnly;
    private int pos;

    private XsdRegexParser(string source, bool bmpOnly)
    {
        this.source = source;
        this.bmpOnly = bmpOnly;
        chars = CodePoints(source);
    }

    private bool AtEnd => pos >= chars.Length;

    private int Current => chars[pos];

    /// <summary>The .NET pattern (anchored: an XSD pattern matches the whole value) or a <see cref="DatatypeException"/>.</summary>
    /// <param name="bmpOnly">The pattern for strings without surrogates: no alternatives for characters above U+FFFF.</param>
    public static string ToDotNet(string pattern, bool bmpOnly = false)
    {
        var parser = new XsdRegexParser(pattern, bmpOnly);
        var body = parser.RegExp(0);
        if (!parser.AtEnd)
        {
            throw parser.Error("unbalanced ')'");
        }

        return @"\A(?:" + body.Pattern + @")\z";
    }

    private Node RegExp(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("groups nested too deeply");
        }

        var branches = new List<Node> { Branch(depth) };
        while (!AtEnd && Current == '|')
        {
            pos++;
            branches.Add(Branch(depth));
        }

        if (branches.Count == 1)
        {
            return branches[0];
        }

        var patterns = new string[branches.Count];
        var nullable = false;
        for (var i = 0; i < branches.Count; i++)
        {
            patterns[i] = branches[i].Pattern;
            nullable |= branches[i].Nullable;
        }

        return new(string.Join('|', patterns), nullable);
    }

    private Node Branch(int depth)
    {
        var pattern = new StringBuilder();
        var nullable = true;
        while (!AtEnd && Current != '|' && Current != ')')
        {
            var piece = Piece(depth);
            pattern.Append(piece.Pattern);
            nullable &= piece.Nullable;
        }

        return new(pattern.ToString(), nullable);
    }

    private Node Piece(int depth)
    {
        var atom = Atom(depth);
        if (AtEnd || Current is not ('?' or '*' or '+' or '{'))
        {
            return atom;
        }

        var piece = Current == '{' ? Quantity(atom) : Repeat(atom, (char)chars[pos++]);
        if (!AtEnd && Current is '?' or '*' or '+' or '{')
        {
            throw Error($"'{Show(Current)}' cannot follow a quantifier (XSD has no reluctant or possessive quantifiers)");
        }

        return piece;
    }

    private static Node Repeat(Node atom, char quantifier) =>
        new(atom.Pattern + quantifier, atom.Nullable || quantifier != '+');

    /// <summary><c>{n}</c>, <c>{n,}</c>, <c>{n,m}</c>; bounds of any size, as the grammar allows.</summary>
    private Node Quantity(Node atom)
    {
        pos++; // '{'
        var min = Digits() ?? throw Error("a quantifier '{' needs a number (write '\\{' for the character)");
        BigInteger? max = min;
        if (!AtEnd && Current == ',')
        {
            pos++;
            max = Digits();
        }

        if (AtEnd || Current != '}')
        {
            throw Error("a quantifier must be '{n}', '{n,}' or '{n,m}'");
        }

        pos++;
        if (max < min)
        {
            throw Error($"quantifier '{{{min},{max}}}' has its maximum below its minimum");
        }

        return Bounded(atom, min, max);
    }

    // No string is longer than Int32.MaxValue: a larger maximum is no maximum, and a larger minimum is unreachable,
    // unless the atom can match the empty string (then the missing repetitions match it).
    private static Node Bounded(Node atom, BigInteger min, BigInteger? max)
    {
        if (min > int.MaxValue)
        {
            if (!atom.Nullable)
            {
                return new("(?!)", false);
            }

            min = 0;
        }

        var lower = min.ToString(CultureInfo.InvariantCulture);
        var upper = max is null || max > int.MaxValue ? "" : max.Value.ToString(CultureInfo.InvariantCulture);
        var text = max == min ? "{" + lower + "}" : "{" + lower + "," + upper + "}";
        return new(atom.Pattern + text, atom.Nullable || min.IsZero);
    }

    private BigInteger? Digits()
    {
        var start = pos;
        while (!AtEnd && Current is >= '0' and <= '9')
        {
            pos++;
        }

        return pos == start ? null : BigInteger.Parse(source.AsSpan(Offset(start), pos - start), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private Node Atom(int depth)
    {
        var c = Current;
        switch (c)
        {
            case '(':
                pos++;
                var inner = RegExp(depth + 1);
                if (AtEnd || Current != ')')
                {
                    throw Error("unbalanced '('");
                }

                pos++;
                return new("(?:" + inner.Pattern + ")", inner.Nullable);
            case '[':
                return Set(CharClassExpr(depth));
            case '\\':
                pos++;
                var (single, set) = Escape();
                return set is null ? Literal(single) : Set(set);
            case '.':
                pos++;
                return Set(XsdCharSets.Dot);
            case '?' or '*' or '+' or '{':
                throw Error($"quantifier '{Show(c)}' has nothing to repeat");
            case ']' or '}':
                throw Error($"'{Show(c)}' must be escaped as '\\{Show(c)}'");
            default:
                pos++;
                return Literal(c);
        }
    }

    /// <summary>charClassExpr: '[' (posCharGroup | negCharGroup | charClassSub) ']'.</summary>
    private CodePointSet CharClassExpr(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("class subtractions nested too deeply");
        }

        pos++; // '['
        var negative = !AtEnd && Current == '^';
        pos += negative ? 1 : 0;
        var ranges = new List<int>(); // bounds lo, hi, lo, hi…
        var sets = new List<CodePointSet>();
        var count = 0;
        while (true)
        {
            if (AtEnd)
            {
                throw Error("unterminated character class");
            }

            if (Current == ']')
            {
                if (count == 0)
                {
                    throw Error("empty character class (a ']' first in a class must be escaped as '\\]')");
                }

                pos++;
                return Group(ranges, sets, negative);
            }

            if (Current != '-')
            {
                ClassItem(ranges, sets);
            }
            else if (Dash(count, depth, ranges, sets, negative) is { } subtracted)
            {
                return subtracted;
            }

            count++;
        }
    }

    /// <summary>A '-' where it is not a range's: first or last in a group, or a subtraction (which ends the class).</summary>
    private CodePointSet? Dash(int count, int depth, List<int> ranges, List<CodePointSet> sets, bool negative)
    {
        var next = Peek(1);
        if (next == '[' && count > 0)
        {
            pos++;
            var subtrahend = CharClassExpr(depth + 1);
            if (AtEnd || Current != ']')
            {
                throw Error("a class subtraction must end its character class");
            }

            pos++;
            return Group(ranges, sets, negative).Subtract(subtrahend);
        }

        if (count > 0 && next != ']')
        {
            throw Error("'-' must be escaped as '\\-' unless it is first or last in a character class");
        }

        pos++;
        ranges.Add('-');
        ranges.Add('-');
        return null;
    }

    private void ClassItem(List<int> ranges, List<CodePointSet> sets)
    {
        int first;
        if (Current == '[')
        {
            throw Error("'[' must be escaped as '\\[' in a character class");
        }

        if (Current == '\\')
        {
            pos++;
            var (single, set) = Escape();
            if (set is not null)
            {
                sets.Add(set);
                if (RangeDashFollows())
                {
                    throw Error("a range cannot start with a multi-character escape");
                }

                return;
            }

            first = single;
        }
        else
        {
            first = chars[pos++];
        }

        var last = first;
        if (RangeDashFollows())
        {
            pos++;
            last = RangeEnd();
            if (last < first)
            {
                throw Error($"range '{Show(first)}-{Show(last)}' runs backwards");
            }
        }

        ranges.Add(first);
        ranges.Add(last);
    }

    private bool RangeDashFollows() => !AtEnd && Current == '-' && Peek(1) is not (']' or '[' or -1);

    private int RangeEnd()
    {
        var c = Current;
        if (c is '[' or '-')
        {
            throw Error($"'{Show(c)}' cannot end a range unescaped");
        }

        pos++;
        if (c != '\\')
        {
            return c;
        }

        var (single, set) = Escape();
        return set is null ? single : throw Error("a range cannot end with a multi-character escape");
    }

    private static CodePointSet Group(List<int> ranges, List<CodePointSet> sets, bool negative)
    {
        var set = CodePointSet.Of(CollectionsMarshal.AsSpan(ranges));
        foreach (var s in sets)
        {
            set = set.Union(s);
        }

        return negative ? set.Complement() : set;
    }

    /// <summary>After a backslash: a single character, or the set of a multi-character, category or block escape.</summary>
    private (int Single, CodePointSet? Set) Escape()
    {
        if (AtEnd)
        {
            throw Error("trailing backslash");
        }

        var c = chars[pos++];
        if (c < 0x80 && SingleEscapes.Contains((char)c, StringComparison.Ordinal))
        {
            return (c switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ => c }, null);
        }

        if (c is 'p' or 'P')
        {
            var set = Property();
            return (0, c == 'p' ? set : set.Complement());
        }

        return (0, XsdCharSets.MultiCharEscape(c) ?? throw Error($"unknown escape '\\{Show(c)}'"));
    }

    private CodePointSet Property()
    {
        var close = pos;
        while (close < chars.Length && chars[close] != '}')
        {
            close++;
        }

        if (AtEnd || Current != '{' || close == chars.Length)
        {
            throw Error("expected '{name}' after \\p or \\P");
        }

        var name = Text(pos + 1, close);
        pos = close + 1;
        if (name.StartsWith("Is", StringComparison.Ordinal))
        {
            return XsdUnicodeBlocks.Get(name[2..]) ?? throw Error($"'{name[2..]}' is not a block name of XSD 1.0");
        }

        return UnicodeCategorySets.Get(name) ?? throw Error($"'{name}' is not a character category of XSD 1.0");
    }

    private string Text(int from, int to)
    {
        var text = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            text.Append(char.ConvertFromUtf32(chars[i]));
        }

        return text.ToString();
    }

    private Node Literal(int c)
    {
        if (c > 0xFFFF && bmpOnly)
        {
            return new("(?!)", false);
        }

        if (c > 0xFFFF)
        {
            var s = char.ConvertFromUtf32(c);
            return new($"(?:\\u{(int)s[0]:X4}\\u{(int)s[1]:X4})", false);
        }

        return new(char.IsAsciiLetterOrDigit((char)c) ? ((char)c).ToString() : $"\\u{c:X4}", false);
    }

    private Node Set(CodePointSet set) => new(set.ToDotNet(bmpOnly), false);

    private int Peek(int ahead) => pos + ahead < chars.Length ? chars[pos + ahead] : -1;

    private int Offset(int index)
    {
        var offset = 0;
        for (var i = 0; i < index; i++)
        {
            offset += chars[i] > 0xFFFF ? 2 : 1;
        }

        return offset;
    }

    private static string Show(int c) => char.ConvertFromUtf32(c);

    private int[] CodePoints(string text)
    {
        var result = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (Rune.TryGetRuneAt(text, i, out var rune))
            {
                result.Add(rune.Value);
                i += rune.Utf16SequenceLength - 1;
            }
            else
            {
                throw Error("a lone surrogate is not a character");
            }
        }

        return [.. result];
    }

    private DatatypeException Error(string what) => new($"invalid regular expression '{source}': {what}");

    /// <summary>A translated part: its .NET pattern (one unit a quantifier applies to) and whether it can match "".</summary>
    /// <remarks>A class, not a struct: lists of a struct of this assembly are compiled by the JIT on first use.</remarks>
    private sealed record Node(string Pattern, bool Nullable);
}
