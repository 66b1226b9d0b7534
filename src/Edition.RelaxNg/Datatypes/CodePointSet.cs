using System.Globalization;
using System.Text;

namespace Edition.RelaxNg.Datatypes;

/// <summary>
/// A set of Unicode scalar values as sorted, disjoint, non-adjacent ranges: what an XSD character class denotes.
/// Surrogate code points are never members (they are not characters), so every set lies in the XML universe.
/// </summary>
/// <remarks>
/// The ranges are kept as flat bounds (lo, hi, lo, hi…) in an int array, not as tuples: generic code over a value
/// type (List of tuples, LINQ over them) is not compiled ahead of time (ReadyToRun) but by the JIT on first use,
/// and loading a schema is mostly such first-time costs.
/// </remarks>
internal sealed class CodePointSet
{
    public const int MaxCodePoint = 0x10FFFF;

    private static readonly int[] Surrogates = [0xD800, 0xDFFF];

    private readonly int[] bounds;

    private CodePointSet(int[] bounds) => this.bounds = bounds;

    public static CodePointSet Empty { get; } = new([]);

    public static CodePointSet All { get; } = Range(0, MaxCodePoint);

    public bool IsEmpty => bounds.Length == 0;

    /// <summary>The set of the ranges given as bounds lo, hi, lo, hi… (in any order, overlapping or not), surrogates removed.</summary>
    public static CodePointSet Of(ReadOnlySpan<int> bounds) => new(Minus(Normalized(bounds), Surrogates));

    /// <summary>The set of the given ranges (in any order, overlapping or not), surrogates removed.</summary>
    public static CodePointSet Of(ReadOnlySpan<(int Lo, int Hi)> ranges)
    {
        var flat = new int[ranges.Length * 2];
        for (var i = 0; i < ranges.Length; i++)
        {
            flat[2 * i] = ranges[i].Lo;
            flat[(2 * i) + 1] = ranges[i].Hi;
        }

        return Of(flat);
    }

    public static CodePointSet Range(int lo, int hi) => Of([lo, hi]);

    public static CodePointSet Single(int codePoint) => Range(codePoint, codePoint);

    public CodePointSet Union(CodePointSet other) => new(Normalized([.. bounds, .. other.bounds]));

    public CodePointSet Complement() => new(Minus([0, MaxCodePoint], Normalized([.. bounds, .. Surrogates])));

    public CodePointSet Subtract(CodePointSet other) => new(Minus(bounds, other.bounds));

    public bool Contains(int codePoint)
    {
        var lo = 0;
        var hi = (bounds.Length / 2) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (codePoint < bounds[2 * mid])
            {
                hi = mid - 1;
            }
            else if (codePoint > bounds[(2 * mid) + 1])
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
        var bmp = new StringBuilder();
        for (var i = 0; i < bounds.Length && bounds[i] <= 0xFFFF; i += 2)
        {
            AppendRange(bmp, bounds[i], Math.Min(bounds[i + 1], 0xFFFF));
        }

        var alternatives = new List<string>();
        if (bmp.Length > 0)
        {
            alternatives.Add("[" + bmp + "]");
        }

        if (!bmpOnly)
        {
            alternatives.AddRange(SurrogatePairs());
        }

        return alternatives.Count switch
        {
            0 => "(?!)",
            1 when bmp.Length > 0 => alternatives[0],
            _ => "(?:" + string.Join('|', alternatives) + ")", // one unit, for the quantifier that may follow
        };
    }

    /// <summary>Members above U+FFFF as high-surrogate classes each followed by its low-surrogate class.</summary>
    private List<string> SurrogatePairs()
    {
        var byHigh = new List<HighSurrogates>();
        for (var i = 0; i < bounds.Length; i += 2)
        {
            var hi = bounds[i + 1];
            for (var start = Math.Max(bounds[i], 0x10000); start <= hi;)
            {
                var high = 0xD800 + ((start - 0x10000) >> 10);
                var blockEnd = 0x10000 + (((high - 0xD800) + 1) << 10) - 1;
                var end = Math.Min(hi, blockEnd);
                var lows = new StringBuilder();
                AppendRange(lows, 0xDC00 + ((start - 0x10000) & 0x3FF), 0xDC00 + ((end - 0x10000) & 0x3FF));
                HighSurrogates.Add(byHigh, high, lows.ToString());
                start = end + 1;
            }
        }

        var pairs = new List<string>(byHigh.Count);
        foreach (var b in byHigh)
        {
            var highs = new StringBuilder();
            AppendRange(highs, b.Lo, b.Hi);
            pairs.Add($"[{highs}][{b.Lows}]");
        }

        return pairs;
    }

    private static void AppendRange(StringBuilder sb, int lo, int hi)
    {
        Escape(sb, lo);
        if (hi != lo)
        {
            sb.Append('-');
            Escape(sb, hi);
        }
    }

    private static void Escape(StringBuilder sb, int c) =>
        sb.Append(@"\u").Append(c.ToString("X4", CultureInfo.InvariantCulture));

    /// <summary>The sorted, normalized ranges of <paramref name="include"/> minus those of <paramref name="exclude"/>.</summary>
    private static int[] Minus(int[] include, int[] exclude)
    {
        var result = new List<int>(include.Length);
        var j = 0;
        for (var i = 0; i < include.Length; i += 2)
        {
            var start = include[i];
            var hi = include[i + 1];
            while (j < exclude.Length && exclude[j + 1] < start)
            {
                j += 2;
            }

            for (var k = j; k < exclude.Length && exclude[k] <= hi && start <= hi; k += 2)
            {
                if (exclude[k] > start)
                {
                    result.Add(start);
                    result.Add(exclude[k] - 1);
                }

                start = Math.Max(start, exclude[k + 1] + 1);
            }

            if (start <= hi)
            {
                result.Add(start);
                result.Add(hi);
            }
        }

        return [.. result];
    }

    /// <summary>Ranges in any order, overlapping or not (empty ones, lo above hi, dropped), sorted and merged.</summary>
    private static int[] Normalized(ReadOnlySpan<int> bounds)
    {
        var count = 0;
        for (var i = 0; i + 1 < bounds.Length; i += 2)
        {
            count += bounds[i] <= bounds[i + 1] ? 1 : 0;
        }

        var keys = new long[count];
        for (var (i, k) = (0, 0); i + 1 < bounds.Length; i += 2)
        {
            if (bounds[i] <= bounds[i + 1])
            {
                keys[k++] = ((long)bounds[i] << 32) | (uint)bounds[i + 1];
            }
        }

        var result = new List<int>(count * 2);
        foreach (var key in RangeSort.Sorted(keys))
        {
            var (lo, hi) = ((int)(key >> 32), (int)key);
            if (result.Count > 0 && lo <= result[^1] + 1)
            {
                result[^1] = Math.Max(result[^1], hi);
            }
            else
            {
                result.Add(lo);
                result.Add(hi);
            }
        }

        return [.. result];
    }

    /// <summary>A run of high surrogates sharing one class of low surrogates.</summary>
    private sealed class HighSurrogates(int lo, int hi, string lows)
    {
        public int Lo { get; } = lo;

        public int Hi { get; } = hi;

        public string Lows { get; } = lows;

        // Consecutive high surrogates with the same low class share one alternative; a high surrogate split over ranges gets one class.
        public static void Add(List<HighSurrogates> byHigh, int high, string lows)
        {
            if (byHigh.Count > 0 && byHigh[^1] is var last)
            {
                if (last.Lo == high && last.Hi == high)
                {
                    byHigh[^1] = new(high, high, last.Lows + lows);
                    return;
                }

                if (last.Hi == high - 1 && last.Lows == lows)
                {
                    byHigh[^1] = new(last.Lo, high, lows);
                    return;
                }
            }

            byHigh.Add(new(high, high, lows));
        }
    }
}
