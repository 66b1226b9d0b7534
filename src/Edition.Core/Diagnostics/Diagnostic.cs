using MemoryPack;
using System.Globalization;
using Edition.Core.Text;

namespace Edition.Core.Diagnostics;

/// <summary>
/// One finding, reported where the author can fix it. <see cref="Secondary"/> names a second place
/// (e.g. the line in generated TEI) when the primary one is the source that produced it.
/// </summary>
[MemoryPackable]
public sealed partial record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span, SourceSpan? Secondary = null)
{
    public static Diagnostic Error(string code, SourceSpan span, string message) => new(Severity.Error, code, message, span);

    public static Diagnostic Warning(string code, SourceSpan span, string message) => new(Severity.Warning, code, message, span);

    /// <summary>The compiler form: <c>file(line,col): error CODE: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLowerInvariant();
        var text = string.Create(CultureInfo.InvariantCulture, $"{Span}: {severity} {Code}: {Message}");
        return Secondary is { } s ? $"{text} [{s}]" : text;
    }
}
