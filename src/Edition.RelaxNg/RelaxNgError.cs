using System.Globalization;

namespace Edition.RelaxNg;

/// <summary>
/// One schema or validation problem, with a one-based position (0 when unknown) in <see cref="File"/>
/// and, for instance errors, the element path.
/// </summary>
public sealed record RelaxNgError(
    string Code,
    string Message,
    string File,
    int Line,
    int Column,
    string Path,
    RelaxNgSeverity Severity = RelaxNgSeverity.Error)
{
    /// <summary>Compiler form: <c>file(line,col): error ED3001: message</c>.</summary>
    public override string ToString()
    {
        var position = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"({Line},{Column})") : "";
        var severity = Severity == RelaxNgSeverity.Error ? "error" : "warning";
        var where = Path.Length > 0 ? $" [{Path}]" : "";
        return $"{File}{position}: {severity} {Code}: {Message}{where}";
    }
}
