using System.Globalization;

namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>
/// The characters of a compact-syntax schema after newline normalization and escape interpretation (A.2.3, A.2.4),
/// as code points with their one-based positions in the file. A line end is <see cref="Newline"/>; an escaped
/// <c>\x{A}</c> is the character 10, which is not a line end (a literal may hold it).
/// </summary>
internal sealed class CompactCharReader(string text)
{
    public const int EndOfInput = -1;
    public const int Newline = -2;
    private const int MaxLookahead = 4;

    // A plain array, not a List of this assembly's struct, which the JIT would compile at every process start.
    private readonly Decoded[] ahead = new Decoded[MaxLookahead];
    private int count;
    private int pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    private int line = 1;
    private int column = 1;

    public int Line => count > 0 ? ahead[0].Line : line;

    public int Column => count > 0 ? ahead[0].Column : column;

    /// <summary>The character <paramref name="k"/> places ahead (0: the next one; at most <see cref="MaxLookahead"/> - 1).</summary>
    public int Peek(int k = 0)
    {
        while (count <= k)
        {
            var decoded = Decode();
            ahead[count++] = decoded;
            if (decoded.Char == EndOfInput)
            {
                count--; // the end is decoded again when asked again: nothing is consumed
                return EndOfInput;
            }
        }

        return ahead[k].Char;
    }

    public int Next()
    {
        var c = Peek();
        if (c != EndOfInput)
        {
            Array.Copy(ahead, 1, ahead, 0, --count);
        }

        return c;
    }

    private Decoded Decode()
    {
        var (startLine, startColumn) = (line, column);
        if (pos >= text.Length)
        {
            return new Decoded(EndOfInput, startLine, startColumn);
        }

        var c = text[pos];
        if (c is '\r' or '\n')
        {
            pos += c == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1;
            (line, column) = (line + 1, 1);
            return new Decoded(Newline, startLine, startColumn);
        }

        var (value, length) = c == '\\' ? Escape() : (0, 0);
        if (length == 0)
        {
            (value, length) = Raw();
        }

        pos += length;
        column += length;
        if (!IsXmlChar(value))
        {
            throw new CompactSyntaxException(RelaxNgErrorCodes.CompactSyntax, $"character U+{value:X4} is not allowed in a schema", startLine, startColumn);
        }

        return new Decoded(value, startLine, startColumn);
    }

    /// <summary>A <c>\x{hex}</c> escape (any number of x's) at the position; length 0 when the backslash starts none.</summary>
    private (int Value, int Length) Escape()
    {
        var j = pos + 1;
        while (j < text.Length && text[j] == 'x')
        {
            j++;
        }

        if (j == pos + 1 || j >= text.Length || text[j] != '{')
        {
            return (0, 0);
        }

        var end = text.IndexOf('}', j + 1);
        var digits = end < 0 ? "" : text[(j + 1)..end];
        if (digits.Length is 0 or > 8 || !int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) || value > 0x10FFFF)
        {
            throw new CompactSyntaxException(RelaxNgErrorCodes.CompactSyntax, "an escape must be \\x{N}, N the hexadecimal code of a character", line, column);
        }

        return (value, end + 1 - pos);
    }

    private (int Value, int Length) Raw()
    {
        var c = text[pos];
        if (char.IsHighSurrogate(c) && pos + 1 < text.Length && char.IsLowSurrogate(text[pos + 1]))
        {
            return (char.ConvertToUtf32(c, text[pos + 1]), 2);
        }

        return (c, 1);
    }

    private static bool IsXmlChar(int c) =>
        c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    private readonly record struct Decoded(int Char, int Line, int Column);
}
