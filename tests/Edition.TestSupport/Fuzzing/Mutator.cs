using System.Text;

namespace Edition.TestSupport.Fuzzing;

/// <summary>
/// Makes inputs from seeds (real files of the format) by a few stacked mutations, some blind (bytes flipped, spans
/// deleted, duplicated or spliced from another seed, the input cut short), some aware of the format (its tokens
/// inserted where a structure starts, spans wrapped in nesting, very long runs). Deterministic for a given seed.
/// Nesting stops at <see cref="MaxDepth"/>: deeper input is a test of its own (the depth limits), not of fuzzing.
/// </summary>
public sealed class Mutator(IReadOnlyList<byte[]> seeds, FuzzDictionary dictionary, Random random)
{
    public const int MaxDepth = 500;

    /// <summary>No input grows past this (long runs are long, not huge: the size limits have tests of their own).</summary>
    public const int MaxLength = 256 * 1024;

    private static readonly byte[] Boundaries = "\n<>{}:|[]\" "u8.ToArray();

    /// <summary>
    /// What long runs repeat: units that open no level of nesting (a run of thousands of <c>{</c> or <c>&lt;p&gt;</c> is a
    /// nesting depth far past <see cref="MaxDepth"/>, which the depth limits' own tests cover).
    /// </summary>
    private static readonly byte[][] Flat = [.. new[]
    {
        "a", "x ", " ", "\t", "\n", "\r\n", "}", ">", "]", "&", "&amp;", "]]>", "---\n", "\0", "\u0001", "\u001b", "\uFFFE", "\uD800", "é", "中", "|",
        "#", "\\", "\"", "'", ":", "=", "0", ". ", "\u00a0", "\u200b",
    }.Select(Bytes)];

    private readonly List<byte[]> _tokens = [.. dictionary.Tokens.Concat(FuzzDictionary.Common).Select(Bytes)];
    private readonly List<(byte[] Open, byte[] Close)> _nesting = [.. dictionary.Nesting.Select(p => (Bytes(p.Open), Bytes(p.Close)))];

    public byte[] Next()
    {
        var input = new List<byte>(seeds[random.Next(seeds.Count)]);
        var count = random.Next(8) == 0 ? random.Next(4, 9) : random.Next(1, 4);
        for (var i = 0; i < count && input.Count <= MaxLength; i++)
        {
            Mutate(input);
        }

        return input.Count > MaxLength ? [.. input.Take(MaxLength)] : [.. input];
    }

    private void Mutate(List<byte> input)
    {
        switch (random.Next(10))
        {
            case 0: FlipBit(input); break;
            case 1: Delete(input); break;
            case 2: Duplicate(input); break;
            case 3: case 4: input.InsertRange(Position(input), Token()); break;
            case 5: LongRun(input); break;
            case 6: Nest(input); break;
            case 7: Splice(input); break;
            case 8: Truncate(input); break;
            default: RandomByte(input); break;
        }
    }

    private void FlipBit(List<byte> input)
    {
        if (input.Count > 0)
        {
            var i = random.Next(input.Count);
            input[i] ^= (byte)(1 << random.Next(8));
        }
    }

    private void Truncate(List<byte> input)
    {
        var at = Position(input);
        input.RemoveRange(at, input.Count - at);
    }

    private void RandomByte(List<byte> input)
    {
        if (input.Count > 0)
        {
            input[random.Next(input.Count)] = (byte)random.Next(256);
        }
    }

    private void Delete(List<byte> input)
    {
        var (start, length) = Span(input);
        input.RemoveRange(start, length);
    }

    private void Duplicate(List<byte> input)
    {
        var (start, length) = Span(input);
        var copy = input.GetRange(start, length);
        input.InsertRange(Position(input), copy);
    }

    private void Splice(List<byte> input)
    {
        var other = new List<byte>(seeds[random.Next(seeds.Count)]);
        var (start, length) = Span(other);
        input.InsertRange(Position(input), other.GetRange(start, length));
    }

    private void LongRun(List<byte> input)
    {
        var unit = random.Next(3) == 0 ? [(byte)random.Next(0x80, 256)] : Flat[random.Next(Flat.Length)];
        var times = Math.Min(random.Next(200, 20_000), (MaxLength - input.Count) / Math.Max(unit.Length, 1));
        var run = new byte[Math.Max(times, 0) * unit.Length];
        for (var i = 0; i < run.Length; i += unit.Length)
        {
            unit.CopyTo(run, i);
        }

        input.InsertRange(Position(input), run);
    }

    private void Nest(List<byte> input)
    {
        var (open, close) = _nesting.Count > 0 ? _nesting[random.Next(_nesting.Count)] : ("{"u8.ToArray(), "}"u8.ToArray());
        var depth = random.Next(4) == 0 ? random.Next(100, MaxDepth + 1) : random.Next(1, 30);
        var (start, length) = Span(input);
        var closeAll = Enumerable.Repeat(close, random.Next(8) == 0 ? depth / 2 : depth).SelectMany(b => b);
        input.InsertRange(start + length, closeAll);
        input.InsertRange(start, Enumerable.Repeat(open, depth).SelectMany(b => b));
    }

    private byte[] Token() => _tokens[random.Next(_tokens.Count)];

    /// <summary>A place to change: anywhere, or (half the time) where a structure starts: at a line, a tag, a brace.</summary>
    private int Position(List<byte> input)
    {
        if (input.Count == 0)
        {
            return 0;
        }

        var at = random.Next(input.Count + 1);
        if (random.Next(2) == 0)
        {
            return at;
        }

        var boundary = input.FindIndex(at, b => Array.IndexOf(Boundaries, b) >= 0);
        return boundary < 0 ? at : boundary + random.Next(2);
    }

    private (int Start, int Length) Span(List<byte> input)
    {
        var start = Position(input);
        var max = input.Count - start;
        var length = random.Next(4) == 0 ? random.Next(max + 1) : Math.Min(max, random.Next(1, 65));
        return (start, Math.Max(length, 0));
    }

    /// <summary>UTF-8, except that a lone surrogate is written as its three bytes (as WTF-8 does), which UTF-8 forbids.</summary>
    public static byte[] Bytes(string token)
    {
        var bytes = new List<byte>();
        foreach (var rune in Split(token))
        {
            bytes.AddRange(rune is [var c] && char.IsSurrogate(c)
                ? [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]
                : Encoding.UTF8.GetBytes(rune));
        }

        return [.. bytes];
    }

    private static IEnumerable<string> Split(string token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            var pair = char.IsHighSurrogate(token[i]) && i + 1 < token.Length && char.IsLowSurrogate(token[i + 1]);
            yield return pair ? token.Substring(i++, 2) : token[i].ToString();
        }
    }
}
