namespace Edition.Core.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
