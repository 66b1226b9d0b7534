using System.Globalization;
using Edition.Core.Text;

namespace Edition.Core.Diagnostics;

/// <summary>
/// One kind of finding, described once: its code, default severity, title, message and help. Reporting sites
/// make their <see cref="Diagnostic"/> from it, and docs/diagnostics.md is generated from the catalogues.
/// </summary>
/// <param name="MessageFormat">A composite format string (invariant culture); "{0}" where the reporting sites word the message themselves.</param>
public sealed record DiagnosticDescriptor(string Id, Severity DefaultSeverity, string Title, string MessageFormat, string Help)
{
    /// <summary>The anchor of the code's section in docs/diagnostics.md.</summary>
    public string DocsAnchor => Id.ToLowerInvariant();

    public string Format(params object?[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);

    public Diagnostic At(SourceSpan span, params object?[] args) => new(DefaultSeverity, Id, Format(args), span);

    /// <summary>With a severity other than the default (e.g. a Schematron role, or a case the author may ignore).</summary>
    public Diagnostic At(Severity severity, SourceSpan span, params object?[] args) => new(severity, Id, Format(args), span);

    /// <summary>At the author's place with a second place (e.g. the line of the generated TEI).</summary>
    public Diagnostic AtBoth(SourceSpan primary, SourceSpan? secondary, params object?[] args) => new(DefaultSeverity, Id, Format(args), primary, secondary);
}
