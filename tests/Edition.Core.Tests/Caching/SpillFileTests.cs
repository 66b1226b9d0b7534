using Edition.Core.Caching;

namespace Edition.Core.Tests.Caching;

/// <summary>A spill file: byte strings set down from many threads come back as they were.</summary>
public sealed class SpillFileTests
{
    [Fact]
    public void GivesBackWhatEachThreadSetDown()
    {
        using var spill = new SpillFile();
        var made = Enumerable.Range(0, 200).Select(i => Enumerable.Range(0, i * 37 % 5000).Select(b => (byte)(b + i)).ToArray()).ToArray();
        var spilled = new SpilledBytes[made.Length];

        Parallel.For(0, made.Length, i => spilled[i] = spill.Add(made[i]));

        Assert.All(Enumerable.Range(0, made.Length), i => Assert.Equal(made[i], spill.Read(spilled[i])));
    }
}
