using System.Text;
using System.Xml;

namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>
/// Splits a compact-syntax schema into tokens (specification A.2.5): the longest token at each place; whitespace and
/// <c>#</c> comments between tokens dropped; <c>##</c> documentation lines kept as tokens, for the grammar says where they may stand.
/// </summary>
internal sealed class CompactLexer(string text)
{
    private readonly CompactCharReader reader = new(text);

    public CompactToken Next()
    {
        SkipSeparators();
        var (line, column) = (reader.Line, reader.Column);
        var c = reader.Peek();
        return c switch
        {
            CompactCharReader.EndOfInput => new CompactToken(CompactTokenKind.EndOfFile, "", line, column),
            '#' => Documentation(line, column),
            '"' or '\'' => Literal((char)c, line, column),
            '\\' => QuotedIdentifier(line, column),
            _ when IsNameStart(c) => Name(line, column),
            _ => Punctuation(c, line, column),
        };
    }

    private void SkipSeparators()
    {
        while (true)
        {
            var c = reader.Peek();
            if (c is ' ' or '\t' or '\n' or CompactCharReader.Newline)
            {
                reader.Next();
            }
            else if (c == '#' && reader.Peek(1) != '#')
            {
                SkipRestOfLine();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipRestOfLine()
    {
        while (reader.Peek() is not (CompactCharReader.EndOfInput or CompactCharReader.Newline or '\n'))
        {
            reader.Next();
        }
    }

    private CompactToken Documentation(int line, int column)
    {
        var sb = new StringBuilder();
        while (reader.Peek() == '#')
        {
            reader.Next();
        }

        if (reader.Peek() == ' ')
        {
            reader.Next();
        }

        while (reader.Peek() is not (CompactCharReader.EndOfInput or CompactCharReader.Newline or '\n'))
        {
            Append(sb, reader.Next());
        }

        return new CompactToken(CompactTokenKind.Documentation, sb.ToString(), line, column);
    }

    private CompactToken Literal(char quote, int line, int column)
    {
        var triple = reader.Peek(1) == quote && reader.Peek(2) == quote;
        for (var i = triple ? 3 : 1; i > 0; i--)
        {
            reader.Next();
        }

        var sb = new StringBuilder();
        while (!AtLiteralEnd(quote, triple))
        {
            var c = reader.Next();
            if (c == CompactCharReader.EndOfInput || (c == CompactCharReader.Newline && !triple))
            {
                var what = c == CompactCharReader.EndOfInput ? "the file ends" : "the line ends";
                throw new CompactSyntaxException(RelaxNgErrorCodes.CompactSyntax, $"literal not closed: {what} before its closing {quote} (only a literal in triple quotes may span lines)", line, column);
            }

            Append(sb, c == CompactCharReader.Newline ? '\n' : c);
        }

        for (var i = triple ? 3 : 1; i > 0; i--)
        {
            reader.Next();
        }

        return new CompactToken(CompactTokenKind.Literal, sb.ToString(), line, column);
    }

    private bool AtLiteralEnd(char quote, bool triple) =>
        reader.Peek() == quote && (!triple || (reader.Peek(1) == quote && reader.Peek(2) == quote));

    private CompactToken QuotedIdentifier(int line, int column)
    {
        reader.Next();
        if (!IsNameStart(reader.Peek()))
        {
            throw new CompactSyntaxException(RelaxNgErrorCodes.CompactSyntax, "'\\' must be followed by a name (a quoted identifier such as \\start) or be an escape \\x{N}", line, column);
        }

        return new CompactToken(CompactTokenKind.QuotedIdentifier, ReadNCName(), line, column);
    }

    private CompactToken Name(int line, int column)
    {
        var name = ReadNCName();
        if (reader.Peek() == ':' && reader.Peek(1) == '*')
        {
            reader.Next();
            reader.Next();
            return new CompactToken(CompactTokenKind.NsName, name, line, column);
        }

        if (reader.Peek() == ':' && IsNameStart(reader.Peek(1)))
        {
            reader.Next();
            return new CompactToken(CompactTokenKind.CName, name + ":" + ReadNCName(), line, column);
        }

        var kind = CompactToken.IsReservedWord(name) ? CompactTokenKind.Keyword : CompactTokenKind.Identifier;
        return new CompactToken(kind, name, line, column);
    }

    private string ReadNCName()
    {
        var sb = new StringBuilder();
        while (IsNameChar(reader.Peek()))
        {
            Append(sb, reader.Next());
        }

        return sb.ToString();
    }

    private CompactToken Punctuation(int c, int line, int column)
    {
        var op = c switch
        {
            '{' or '}' or '(' or ')' or '[' or ']' or ',' or '?' or '*' or '+' or '-' or '~' or '=' => ((char)c).ToString(),
            '|' or '&' => reader.Peek(1) == '=' ? (char)c + "=" : ((char)c).ToString(),
            '>' when reader.Peek(1) == '>' => ">>",
            _ => null,
        };
        if (op is null)
        {
            var shown = c == CompactCharReader.Newline || c < 0x20 ? $"U+{Math.Max(c, 0xA):X4}" : $"'{char.ConvertFromUtf32(c)}'";
            throw new CompactSyntaxException(RelaxNgErrorCodes.CompactSyntax, $"unexpected character {shown}", line, column);
        }

        foreach (var _ in op)
        {
            reader.Next();
        }

        return new CompactToken(CompactTokenKind.Punctuation, op, line, column);
    }

    private static void Append(StringBuilder sb, int c)
    {
        if (c < 0x10000)
        {
            sb.Append((char)c);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(c));
        }
    }

    private static bool IsNameStart(int c) => c >= 0x10000 ? c < 0xF0000 : c > 0 && c != ':' && XmlConvert.IsStartNCNameChar((char)c);

    private static bool IsNameChar(int c) => c >= 0x10000 ? c < 0xF0000 : c > 0 && c != ':' && XmlConvert.IsNCNameChar((char)c);
}
