using Edition.Core.Diagnostics;

namespace Edition.Cli;

/// <summary>The findings the commands report themselves (the stages report theirs).</summary>
public static class CommandDiagnostics
{
    public static readonly DiagnosticDescriptor FileNotFound = new(
        "ED6002", Severity.Error, "File not found", "file not found",
        "A file given to `edition validate` does not exist. Check the path.");
}
