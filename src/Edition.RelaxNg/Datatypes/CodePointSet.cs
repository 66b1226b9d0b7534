using System.Globalization;
using System.Text;

namespace Edition.RelaxNg.Datatypes;

/// <summary>
/// A set of Unicode scalar values as sorted, disjoint, non-adjacent ranges: what an XSD character class denotes.
/// Surrogate code points are never members (they are not characters), so every set lies in the XML universe.
/// </summary>
internal sealed class CodePointSet
{
    public const int MaxCodePoint = 0x10FFFF;

    private static readonly (int Lo, int Hi)[] Surrogates = [(0xD800, 0xDFFF)];

    private readonly (int Lo, int Hi)[] ranges;

    private CodePointSet((int Lo, int Hi)[] ranges) => this.ranges = ranges;

    public static CodePointSet Empty { get; } = new([]);

    public static CodePointSet All { get; } = Of([(0, MaxCodePoint)]);

    public IReadOnlyList<(int Lo, int Hi)> Ranges => ranges;

    public bool IsEmpty => ranges.Length == 0;

    /// <summary>The set of the given ranges (in any order, overlapping or not), surrogates removed.</summary>
    public static CodePointSet Of(IEnumerable<(int Lo, int Hi)> ranges) => new(Normalize(ranges, Surrogates));

    public static CodePointSet Single(int codePoint) => Of([(codePoint, codePoint)]);

    public CodePointSet Union(CodePointSet other) => new(Normalize(ranges.Concat(other.ranges), Surrogates));

    public CodePointSet Complement() => new(Normalize([(0, MaxCodePoint)], [.. ranges, .. Surrogates]));

    public CodePointSet Subtract(CodePointSet other) => new(Normalize(ranges, other.ranges));

    public bool Contains(int codePoint)
    {
        var lo = 0;
        var hi = ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (codePoint < ranges[mid].Lo)
            {
                hi = mid - 1;
            }
            else if (codePoint > ranges[mid].Hi)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A .NET pattern matching exactly one member, as UTF-16: a class for the Basic Multilingual Plane and, for
    /// members above U+FFFF, their surrogate pairs (so each such character counts as one, as XSD says).
    /// </summary>
    /// <param name="bmpOnly">Leave out the members above U+FFFF (for strings known to have no surrogates).</param>
    public string ToDotNet(bool bmpOnly = false)
    {
        var bmp = ranges.Where(r => r.Lo <= 0xFFFF).Select(r => (r.Lo, Math.Min(r.Hi, 0xFFFF))).ToList();
        var alternatives = new List<string>();
        if (bmp.Count > 0)
        {
            alternatives.Add("[" + ClassBody(bmp) + "]");
        }

        alternatives.AddRange(bmpOnly ? [] : SurrogatePairs());
        return alternatives.Count switch
        {
            0 => "(?!)",
            1 when bmp.Count > 0 => alternatives[0],
            _ => "(?:" + string.Join('|', alternatives) + ")", // one unit, for the quantifier that may follow
        };
    }

    /// <summary>Members above U+FFFF as high-surrogate classes each followed by its low-surrogate class.</summary>
    private IEnumerable<string> SurrogatePairs()
    {
        var byHigh = new List<(int HighLo, int HighHi, string Lows)>();
        foreach (var (lo, hi) in ranges.Where(r => r.Hi > 0xFFFF))
        {
            for (var start = Math.Max(lo, 0x10000); start <= hi;)
            {
                var high = 0xD800 + ((start - 0x10000) >> 10);
                var blockEnd = 0x10000 + (((high - 0xD800) + 1) << 10) - 1;
                var end = Math.Min(hi, blockEnd);
                var lows = ClassBody([(0xDC00 + ((start - 0x10000) & 0x3FF), 0xDC00 + ((end - 0x10000) & 0x3FF))]);
                Add(byHigh, high, lows);
                start = end + 1;
            }
        }

        return byHigh.Select(b => $"[{ClassBody([(b.HighLo, b.HighHi)])}][{b.Lows}]");
    }

    // Consecutive high surrogates with the same low class share one alternative; a high surrogate split over ranges gets one class.
    private static void Add(List<(int HighLo, int HighHi, string Lows)> byHigh, int high, string lows)
    {
        if (byHigh.Count > 0 && byHigh[^1] is var last)
        {
            if (last.HighLo == high && last.HighHi == high)
            {
                byHigh[^1] = (high, high, last.Lows + lows);
                return;
            }

            if (last.HighHi == high - 1 && last.Lows == lows)
            {
                byHigh[^1] = (last.HighLo, high, lows);
                return;
            }
        }

        byHigh.Add((high, high, lows));
    }

    private static string ClassBody(IEnumerable<(int Lo, int Hi)> ranges)
    {
        var sb = new StringBuilder();
        foreach (var (lo, hi) in ranges)
        {
            Escape(sb, lo);
            if (hi != lo)
            {
                sb.Append('-');
                Escape(sb, hi);
            }
        }

        return sb.ToString();
    }

    private static void Escape(StringBuilder sb, int c) =>
        sb.Append(@"\u").Append(c.ToString("X4", CultureInfo.InvariantCulture));

    /// <summary>The ranges of <paramref name="include"/> minus those of <paramref name="exclude"/>, sorted and merged.</summary>
    private static (int Lo, int Hi)[] Normalize(IEnumerable<(int Lo, int Hi)> include, IEnumerable<(int Lo, int Hi)> exclude)
    {
        var merged = Merge(include);
        var removed = Merge(exclude);
        var result = new List<(int Lo, int Hi)>();
        var j = 0;
        foreach (var (lo, hi) in merged)
        {
            var start = lo;
            while (j < removed.Count && removed[j].Hi < start)
            {
                j++;
            }

            for (var k = j; k < removed.Count && removed[k].Lo <= hi && start <= hi; k++)
            {
                if (removed[k].Lo > start)
                {
                    result.Add((start, removed[k].Lo - 1));
                }

                start = Math.Max(start, removed[k].Hi + 1);
            }

            if (start <= hi)
            {
                result.Add((start, hi));
            }
        }

        return [.. result];
    }

    private static List<(int Lo, int Hi)> Merge(IEnumerable<(int Lo, int Hi)> ranges)
    {
        var result = new List<(int Lo, int Hi)>();
        foreach (var (lo, hi) in ranges.Where(r => r.Lo <= r.Hi).OrderBy(r => r.Lo))
        {
            if (result.Count > 0 && lo <= result[^1].Hi + 1)
            {
                result[^1] = (result[^1].Lo, Math.Max(result[^1].Hi, hi));
            }
            else
            {
                result.Add((lo, hi));
            }
        }

        return result;
    }
}
