using Edition.Import.Wilson.Alignment;

namespace Edition.Import.Tests.Wilson.Alignment;

/// <summary>The aligner's path: the full table's where it is small (ties broken alike), a complete path through a band where it is not.</summary>
public sealed class BandedAlignmentTests
{
    [Theory]
    [InlineData(1, 7)]
    [InlineData(5, 3)]
    [InlineData(12, 11)]
    [InlineData(40, 25)]
    public void SmallTablesGiveTheFullProgrammesPath(int a, int b)
    {
        var random = new Random(a * 100 + b);
        var (x, y) = (Lengths(random, a), Lengths(random, b));
        double Cost(int i, int j) => Math.Abs(Math.Log((y[j] + 10.0) / (x[i] + 10.0)));

        Assert.Equal(FullTable(a, b, Cost, 2.0), BandedAlignment.Path(a, b, Cost, 2.0));
    }

    [Fact]
    public void LargeTableIsCrossedInABand()
    {
        const int a = 30_000, b = 29_990;
        var path = BandedAlignment.Path(a, b, (i, j) => i == j ? 0 : 1, 2.0);

        Assert.Equal(Enumerable.Range(0, a), path.Where(p => p.A is not null).Select(p => p.A!.Value));
        Assert.Equal(Enumerable.Range(0, b), path.Where(p => p.B is not null).Select(p => p.B!.Value));
        Assert.Equal(b, path.Count(p => p is { A: { } i, B: { } j } && i == j));
    }

    private static int[] Lengths(Random random, int n) => [.. Enumerable.Range(0, n).Select(_ => random.Next(5, 400))];

    /// <summary>The programme as it was first written: a table of every cell, read back from the end.</summary>
    private static List<(int? A, int? B)> FullTable(int a, int b, Func<int, int, double> pair, double skip)
    {
        var cost = new double[a + 1, b + 1];
        for (var i = 0; i <= a; i++)
        {
            for (var j = 0; j <= b; j++)
            {
                cost[i, j] = i == 0 && j == 0 ? 0 : Math.Min(
                    i > 0 && j > 0 ? cost[i - 1, j - 1] + pair(i - 1, j - 1) : double.MaxValue,
                    Math.Min(i > 0 ? cost[i - 1, j] + skip : double.MaxValue, j > 0 ? cost[i, j - 1] + skip : double.MaxValue));
            }
        }

        var path = new List<(int? A, int? B)>();
        for (int i = a, j = b; i > 0 || j > 0;)
        {
            path.Add(i > 0 && j > 0 && cost[i, j] == cost[i - 1, j - 1] + pair(i - 1, j - 1) ? (--i, --j)
                : i > 0 && cost[i, j] == cost[i - 1, j] + skip ? (--i, null)
                : (null, --j));
        }

        path.Reverse();
        return path;
    }
}
