using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Validation;

/// <summary>The errors of one validation, each with the element path at the time; capped at a maximum count.</summary>
internal sealed class ErrorLog(string file, int maxErrors, List<Frame> frames)
{
    private const int MaxPathDepth = 40;
    private readonly List<RelaxNgError> errors = [];
    private bool capped;

    public IReadOnlyList<RelaxNgError> Errors => errors;

    /// <summary>Whether the cap is reached: an error now is not reported, so its message need not be worked out.</summary>
    public bool Full => errors.Count >= maxErrors;

    public void Add(string code, int line, int column, string message, string? path = null)
    {
        if (errors.Count >= maxErrors)
        {
            if (!capped)
            {
                capped = true;
                errors.Add(new RelaxNgError(RelaxNgErrorCodes.TooManyErrors, $"more than {maxErrors} errors; the rest are not reported", file, line, column, "", RelaxNgSeverity.Warning));
            }

            return;
        }

        errors.Add(new RelaxNgError(code, message, file, line, column, path ?? Path()));
    }

    /// <summary>The open elements as <c>/TEI/text/body/div</c> (the last levels only, for very deep documents).</summary>
    public string Path()
    {
        var start = Math.Max(0, frames.Count - MaxPathDepth);
        var parts = frames.Skip(start).Select(f => f.Display);
        return (start > 0 ? "/…/" : "/") + string.Join("/", parts);
    }
}
