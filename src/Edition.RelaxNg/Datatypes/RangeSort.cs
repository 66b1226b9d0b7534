namespace Edition.RelaxNg.Datatypes;

/// <summary>
/// A stable merge sort of range keys (lo in the high half, hi in the low), written out rather than Array.Sort's
/// generic one, which the JIT would compile on a schema's first character class (see <see cref="CodePointSet"/>).
/// </summary>
internal static class RangeSort
{
    /// <summary>The keys in ascending order: the array given (already sorted, as most are) or a new one.</summary>
    public static long[] Sorted(long[] keys)
    {
        if (IsSorted(keys))
        {
            return keys;
        }

        var scratch = new long[keys.Length];
        for (var width = 1; width < keys.Length; width *= 2)
        {
            for (var lo = 0; lo < keys.Length; lo += 2 * width)
            {
                MergeRuns(keys, scratch, lo, Math.Min(lo + width, keys.Length), Math.Min(lo + (2 * width), keys.Length));
            }

            (keys, scratch) = (scratch, keys);
        }

        return keys;
    }

    private static bool IsSorted(long[] keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i - 1] > keys[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void MergeRuns(long[] from, long[] to, int lo, int mid, int hi)
    {
        var (i, j, k) = (lo, mid, lo);
        while (i < mid && j < hi)
        {
            to[k++] = from[i] <= from[j] ? from[i++] : from[j++];
        }

        while (i < mid)
        {
            to[k++] = from[i++];
        }

        while (j < hi)
        {
            to[k++] = from[j++];
        }
    }
}
