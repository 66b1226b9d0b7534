using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Edition.RelaxNg.Datatypes;

/// <summary>
/// Translates an XML Schema regular expression into a .NET one. XSD regexes match the whole value, have no
/// anchors (^ and $ are ordinary characters), no back-references, and their own \i \c \s \w \d and dot.
/// </summary>
internal sealed class XsdRegexTranslator
{
    private const string SingleEscapes = "nrt\\|.?*+(){}-[]^";
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    private readonly string source;
    private readonly StringBuilder output = new();
    private int pos;

    private XsdRegexTranslator(string source) => this.source = source;

    /// <summary>A compiled-once regex matching exactly the values the XSD pattern accepts.</summary>
    public static Regex ToRegex(string xsdPattern) => Cache.GetOrAdd(xsdPattern, static p =>
    {
        var translated = Translate(p);
        try
        {
            return new Regex(translated, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException e)
        {
            throw new DatatypeException($"invalid regular expression '{p}': {e.Message}");
        }
    });

    public static string Translate(string xsdPattern)
    {
        var t = new XsdRegexTranslator(xsdPattern);
        t.output.Append(@"\A(?:");
        t.TranslateBranches();
        t.output.Append(@")\z");
        return t.output.ToString();
    }

    private char Current => source[pos];

    private bool AtEnd => pos >= source.Length;

    private void TranslateBranches()
    {
        var depth = 0;
        while (!AtEnd)
        {
            var c = source[pos++];
            switch (c)
            {
                case '\\':
                    TranslateEscape(inClass: false);
                    break;
                case '[':
                    TranslateClass();
                    break;
                case '.':
                    output.Append(@"[^\n\r]");
                    break;
                case '^' or '$':
                    output.Append('\\').Append(c);
                    break;
                case '(':
                    depth++;
                    output.Append("(?:");
                    break;
                case ')':
                    if (--depth < 0)
                    {
                        throw Error("unbalanced ')'");
                    }

                    output.Append(')');
                    break;
                case '{':
                    TranslateQuantity();
                    break;
                case ']' or '}':
                    throw Error($"unescaped '{c}'");
                case '|' or '*' or '+' or '?':
                    output.Append(c);
                    break;
                default:
                    AppendLiteral(c);
                    break;
            }
        }

        if (depth != 0)
        {
            throw Error("unbalanced '('");
        }
    }

    private void TranslateQuantity()
    {
        var close = source.IndexOf('}', pos);
        if (close < 0)
        {
            throw Error("unterminated quantifier");
        }

        var body = source[pos..close];
        var parts = body.Split(',');
        var ok = parts.Length is 1 or 2 && parts[0].Length > 0 && parts[0].All(char.IsAsciiDigit)
            && (parts.Length == 1 || parts[1].All(char.IsAsciiDigit));
        if (!ok)
        {
            throw Error($"invalid quantifier '{{{body}}}'");
        }

        output.Append('{').Append(body).Append('}');
        pos = close + 1;
    }

    private void TranslateClass()
    {
        output.Append('[');
        if (!AtEnd && Current == '^')
        {
            output.Append('^');
            pos++;
        }

        var first = true;
        while (true)
        {
            if (AtEnd)
            {
                throw Error("unterminated character class");
            }

            var c = source[pos++];
            if (c == ']' && !first)
            {
                break;
            }

            if (c == '-' && !AtEnd && Current == '[' && !first)
            {
                pos++;
                output.Append('-');
                TranslateClass();
                if (AtEnd || source[pos++] != ']')
                {
                    throw Error("a class subtraction must end the character class");
                }

                break;
            }

            first = false;
            if (c == '[')
            {
                throw Error("unescaped '[' in a character class");
            }

            if (c == '\\')
            {
                var single = TranslateEscape(inClass: true);
                if (single && IsRangeDash())
                {
                    AppendRangeEnd();
                }

                continue;
            }

            AppendClassLiteral(c);
            if (IsRangeDash())
            {
                AppendRangeEnd();
            }
        }

        output.Append(']');
    }

    private bool IsRangeDash() =>
        pos + 1 < source.Length && Current == '-' && source[pos + 1] != ']' && source[pos + 1] != '[';

    private void AppendRangeEnd()
    {
        pos++; // the dash
        output.Append('-');
        var c = source[pos++];
        if (c == '\\')
        {
            if (!TranslateEscape(inClass: true))
            {
                throw Error("a range cannot end with a multi-character escape");
            }
        }
        else if (c == '[')
        {
            throw Error("unescaped '[' in a character class");
        }
        else
        {
            AppendClassLiteral(c);
        }
    }

    /// <summary>Translates the escape after a backslash; true when it denotes a single character.</summary>
    private bool TranslateEscape(bool inClass)
    {
        if (AtEnd)
        {
            throw Error("trailing backslash");
        }

        var c = source[pos++];
        if (SingleEscapes.Contains(c, StringComparison.Ordinal))
        {
            output.Append('\\').Append(c);
            return true;
        }

        var set = c switch
        {
            's' => @"\x20\t\n\r",
            'S' => @"\x00-\x08\x0B\x0C\x0E-\x1F\x21-\uFFFF",
            'i' => XmlNameChars.InitialClass,
            'I' => XmlNameChars.NotInitialClass,
            'c' => XmlNameChars.NameClass,
            'C' => XmlNameChars.NotNameClass,
            'd' => @"\p{Nd}",
            'D' => @"\P{Nd}",
            'w' => @"\p{L}\p{M}\p{N}\p{S}",
            'W' => @"\p{P}\p{Z}\p{C}",
            'p' or 'P' => "\\" + c + ReadProperty(),
            _ => throw Error($"unknown escape '\\{c}'"),
        };
        output.Append(inClass ? set : "[" + set + "]");
        return false;
    }

    private string ReadProperty()
    {
        var close = source.IndexOf('}', pos);
        if (AtEnd || Current != '{' || close < 0)
        {
            throw Error("expected '{name}' after \\p or \\P");
        }

        var name = source[pos..(close + 1)];
        pos = close + 1;
        return name;
    }

    private void AppendLiteral(char c)
    {
        if ("\\*+?|{}[]()^$.#".Contains(c, StringComparison.Ordinal))
        {
            output.Append('\\');
        }

        output.Append(c);
    }

    private void AppendClassLiteral(char c)
    {
        if (c is '\\' or ']' or '[' or '^' or '-')
        {
            output.Append('\\');
        }

        output.Append(c);
    }

    private DatatypeException Error(string what) => new($"invalid regular expression '{source}': {what}");
}
