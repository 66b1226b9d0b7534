namespace Edition.Import.Wilson.Alignment;

/// <summary>
/// The cheapest path of pairs and skips through two sequences (an edit-distance programme), kept proportional to
/// their length: up to <see cref="MaxExactCells"/> cells the whole table is filled and the result is exact; beyond,
/// only a band about the diagonal (as Gale and Church do), wide enough that the path can always get through. Each
/// cell keeps its move in a byte and only two rows of costs are held, so a long text never needs a table of doubles.
/// </summary>
internal static class BandedAlignment
{
    /// <summary>Tables up to this many cells (e.g. 2,000 × 2,000 paragraphs) are filled whole.</summary>
    public const long MaxExactCells = 4_000_000;

    private const byte Pair = 0;
    private const byte SkipA = 1;
    private const byte SkipB = 2;

    /// <returns>The path as (index in a, index in b) steps, null on the side that is skipped.</returns>
    public static List<(int? A, int? B)> Path(int aCount, int bCount, Func<int, int, double> pairCost, double skipCost)
    {
        var band = Band.For(aCount, bCount);
        var moves = new byte[band.Cells];
        var previous = new double[bCount + 1];
        var current = new double[bCount + 1];
        for (var i = 0; i <= aCount; i++)
        {
            var (lo, hi) = band.Row(i);
            var (prevLo, prevHi) = i > 0 ? band.Row(i - 1) : (1, 0);
            for (var j = lo; j <= hi; j++)
            {
                var (cost, move) = i == 0 && j == 0 ? (0.0, Pair) : (double.MaxValue, Pair);
                if (i > 0 && j > 0 && j - 1 >= prevLo && j - 1 <= prevHi)
                {
                    (cost, move) = (previous[j - 1] + pairCost(i - 1, j - 1), Pair);
                }

                if (i > 0 && j >= prevLo && j <= prevHi && previous[j] + skipCost < cost)
                {
                    (cost, move) = (previous[j] + skipCost, SkipA);
                }

                if (j > lo && current[j - 1] + skipCost < cost)
                {
                    (cost, move) = (current[j - 1] + skipCost, SkipB);
                }

                current[j] = cost;
                moves[band.Offset(i) + j - lo] = move;
            }

            (previous, current) = (current, previous);
        }

        return Backtrack(aCount, bCount, band, moves);
    }

    private static List<(int? A, int? B)> Backtrack(int aCount, int bCount, Band band, byte[] moves)
    {
        var path = new List<(int? A, int? B)>();
        for (int i = aCount, j = bCount; i > 0 || j > 0;)
        {
            var move = i == 0 ? SkipB : j == 0 ? SkipA : moves[band.Offset(i) + j - band.Row(i).Lo];
            path.Add(move switch
            {
                Pair => (--i, --j),
                SkipA => (--i, null),
                _ => (null, --j),
            });
        }

        path.Reverse();
        return path;
    }

    /// <summary>Which cells of row i (0..aCount) are filled: all, or those within a half-width of the diagonal.</summary>
    private sealed class Band
    {
        private readonly int _aCount;
        private readonly int _bCount;
        private readonly long _halfWidth;
        private readonly long[] _offsets;

        private Band(int aCount, int bCount, long halfWidth)
        {
            (_aCount, _bCount, _halfWidth) = (aCount, bCount, halfWidth);
            _offsets = new long[aCount + 2];
            for (var i = 0; i <= aCount; i++)
            {
                var (lo, hi) = Row(i);
                _offsets[i + 1] = _offsets[i] + hi - lo + 1;
            }
        }

        public int Cells => checked((int)_offsets[_aCount + 1]);

        public static Band For(int aCount, int bCount)
        {
            if ((aCount + 1L) * (bCount + 1L) <= MaxExactCells)
            {
                return new Band(aCount, bCount, bCount);
            }

            // Wide enough that consecutive rows overlap however steep the diagonal, and no wider than the budget asks.
            var slope = (long)Math.Ceiling((double)bCount / Math.Max(1, aCount));
            return new Band(aCount, bCount, Math.Max(slope + 1, MaxExactCells / (aCount + 1L) / 2));
        }

        public long Offset(int i) => _offsets[i];

        public (int Lo, int Hi) Row(int i)
        {
            var centre = (long)i * _bCount / Math.Max(1, _aCount);
            return ((int)Math.Max(0, centre - _halfWidth), (int)Math.Min(_bCount, centre + _halfWidth));
        }
    }
}
