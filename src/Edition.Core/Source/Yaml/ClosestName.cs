namespace Edition.Core.Source.Yaml;

/// <summary>The known name closest to a misspelt one ("did you mean"), by edit distance, when one is close enough.</summary>
public static class ClosestName
{
    public static string? Among(string name, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Name: k, Distance: Distance(name.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        // Close enough: a third of the name's letters changed at most (two for short names), so no wild guess is offered.
        return best.Name is not null && best.Distance <= Math.Max(2, name.Length / 3) && best.Distance < name.Length ? best.Name : null;
    }

    /// <summary>Levenshtein distance, two rows, names being short.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length > 200 || b.Length > 200)
        {
            return Math.Max(a.Length, b.Length);
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
