using System.Globalization;

namespace Edition.Rendering.Localization;

/// <summary>
/// One language's plural rule parsed from CLDR's syntax (<c>one: v = 0 and i % 10 = 1; few: …</c>), evaluated on
/// whole counts: the operands n and i are the count, v, w, f, t and e are 0.
/// </summary>
public sealed class PluralRule
{
    private readonly IReadOnlyList<(string Category, Relation[][] Any)> _cases;

    private PluralRule(IReadOnlyList<(string, Relation[][])> cases) => _cases = cases;

    /// <summary>Every category of the rule, in CLDR's order, <c>other</c> last.</summary>
    public IReadOnlyList<string> Categories => [.. _cases.Select(c => c.Category), "other"];

    /// <summary>The category of a count: the first whose condition holds, else <c>other</c>.</summary>
    public string Select(long count)
    {
        var n = Math.Abs(count);
        foreach (var (category, any) in _cases)
        {
            if (any.Any(all => all.All(r => r.Holds(n))))
            {
                return category;
            }
        }

        return "other";
    }

    public static PluralRule Parse(string text)
    {
        var cases = new List<(string, Relation[][])>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var condition = part[(colon + 1)..].Split(" or ", StringSplitOptions.TrimEntries)
                .Select(and => and.Split(" and ", StringSplitOptions.TrimEntries).Select(Relation.Parse).ToArray()).ToArray();
            cases.Add((part[..colon].Trim(), condition));
        }

        return new PluralRule(cases);
    }

    /// <summary><c>operand [% modulus] (= | !=) ranges</c>, e.g. <c>i % 100 != 12..14</c>.</summary>
    private sealed record Relation(char Operand, long Modulus, bool Negated, (long From, long To)[] Ranges)
    {
        public bool Holds(long n)
        {
            var value = Operand is 'n' or 'i' ? n : 0;
            value = Modulus > 0 ? value % Modulus : value;
            return Ranges.Any(r => value >= r.From && value <= r.To) != Negated;
        }

        public static Relation Parse(string text)
        {
            var negated = text.Contains("!=", StringComparison.Ordinal);
            var sides = text.Split(negated ? "!=" : "=", 2, StringSplitOptions.TrimEntries);
            var left = sides[0].Split('%', StringSplitOptions.TrimEntries);
            var modulus = left.Length > 1 ? long.Parse(left[1], CultureInfo.InvariantCulture) : 0;
            var ranges = sides[1].Split(',', StringSplitOptions.TrimEntries).Select(Range).ToArray();
            return new Relation(left[0][0], modulus, negated, ranges);
        }

        private static (long, long) Range(string text)
        {
            var ends = text.Split("..", StringSplitOptions.TrimEntries);
            return (long.Parse(ends[0], CultureInfo.InvariantCulture), long.Parse(ends[^1], CultureInfo.InvariantCulture));
        }
    }
}
