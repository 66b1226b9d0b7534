namespace Edition.RelaxNg;

/// <summary>The outcome of validating one document.</summary>
public sealed class ValidationResult(IReadOnlyList<RelaxNgError> errors)
{
    public bool IsValid => !Errors.Any(e => e.Severity == RelaxNgSeverity.Error);

    public IReadOnlyList<RelaxNgError> Errors { get; } = errors;

    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Errors);
}
