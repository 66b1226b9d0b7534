namespace Edition.Build.Tests;

public sealed class StepProgressTests
{
    [Fact]
    public void ALongStepReportsHowFarItIsButNotItsEnd()
    {
        var lines = new List<string>();
        var step = new StepProgress(lines.Add, 3, "TEI file(s) done", TimeSpan.Zero);
        step.Done();
        step.Done();
        step.Done(); // the stage's own next line says it is over
        Assert.Equal(["  1 of 3 TEI file(s) done", "  2 of 3 TEI file(s) done"], lines);
    }

    [Fact]
    public void AQuickStepPrintsNothing()
    {
        var lines = new List<string>();
        var step = new StepProgress(lines.Add, 1000, "TEI file(s) done");
        Parallel.For(0, 1000, _ => step.Done());
        Assert.Empty(lines);
    }
}
