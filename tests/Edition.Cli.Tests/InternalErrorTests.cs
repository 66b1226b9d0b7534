namespace Edition.Cli.Tests;

/// <summary>A failure of Edition itself is reported in one line with a stable id and exit code 3; the stack only with --verbose.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void AnInternalErrorIsOneLineWithAnIdAndNoStack()
    {
        var error = new StringWriter();
        var exit = InternalError.Report(Thrown(), verbose: false, error);

        Assert.Equal(ExitCode.OutputFailed, exit);
        var text = error.ToString();
        Assert.Matches(@"^edition: internal error E-[0-9a-f]{8}: InvalidOperationException: broken\n", text.Replace("\r", "", StringComparison.Ordinal));
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void VerboseShowsTheStackAndTheSameDefectHasTheSameId()
    {
        var error = new StringWriter();
        InternalError.Report(new AggregateException(Thrown()), verbose: true, error);

        Assert.Contains(" at ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(InternalError.Id(Thrown()), InternalError.Id(Thrown()));
        Assert.NotEqual(InternalError.Id(Thrown()), InternalError.Id(new IOException("other")));
    }

    [Fact]
    public void VerboseIsAcceptedByEveryCommand()
    {
        var (exit, _, _) = CliRunner.Run("validate", "--verbose", "--help");
        Assert.Equal(ExitCode.Success, exit);
    }

    private static InvalidOperationException Thrown()
    {
        try
        {
            throw new InvalidOperationException("broken");
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }
}
