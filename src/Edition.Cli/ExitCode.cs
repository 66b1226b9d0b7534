namespace Edition.Cli;

/// <summary>The process exit codes of every <c>edition</c> command (documented in docs/commands.md).</summary>
public static class ExitCode
{
    /// <summary>Done, no errors (warnings may have been printed).</summary>
    public const int Success = 0;

    /// <summary>The sources or documents have errors (diagnostics printed); nothing was written.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong, or a schema/template given to the command is unusable.</summary>
    public const int Usage = 2;

    /// <summary>Output could not be written (disk, permissions) or an external tool failed.</summary>
    public const int OutputFailed = 3;
}
