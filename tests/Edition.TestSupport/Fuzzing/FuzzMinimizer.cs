namespace Edition.TestSupport.Fuzzing;

/// <summary>
/// Shrinks a failing input to one that still fails the same way (chunks removed, halving their size down to a byte),
/// so the regression case kept is the smallest the budget finds, not the mutant as found.
/// </summary>
public static class FuzzMinimizer
{
    private const int MaxAttempts = 3_000;

    public static byte[] Minimize(byte[] input, Func<byte[], bool> stillFails)
    {
        var current = input;
        var attempts = 0;
        for (var chunk = Math.Max(current.Length / 2, 1); chunk >= 1 && attempts < MaxAttempts; chunk /= 2)
        {
            for (var start = 0; start < current.Length && attempts < MaxAttempts; attempts++)
            {
                var candidate = current[..start].Concat(current[Math.Min(start + chunk, current.Length)..]).ToArray();
                if (stillFails(candidate))
                {
                    current = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        return current;
    }
}
