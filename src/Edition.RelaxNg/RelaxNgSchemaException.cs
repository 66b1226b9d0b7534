namespace Edition.RelaxNg;

/// <summary>The schema could not be loaded: it is unreadable or not a correct RELAX NG schema.</summary>
public sealed class RelaxNgSchemaException : Exception
{
    public RelaxNgSchemaException(IReadOnlyList<RelaxNgError> errors)
        : base(errors.Count == 0 ? "incorrect RELAX NG schema" : string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public RelaxNgSchemaException()
        : this([])
    {
    }

    public RelaxNgSchemaException(string message)
        : base(message)
    {
        Errors = [];
    }

    public RelaxNgSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<RelaxNgError> Errors { get; }
}
