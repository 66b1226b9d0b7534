namespace Edition.RelaxNg;

/// <summary>How serious a <see cref="RelaxNgError"/> is.</summary>
public enum RelaxNgSeverity
{
    Error,
    Warning,
}
