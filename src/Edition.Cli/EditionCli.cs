namespace Edition.Cli;

public static class EditionCli
{
    public static int Run(string[] args) => 0;
}
