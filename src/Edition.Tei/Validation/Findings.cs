using System.Xml.Linq;
using Edition.Core.Diagnostics;

namespace Edition.Tei.Validation;

/// <summary>Turns a finding on a TEI node into a diagnostic at the author's place (TEI place as secondary).</summary>
internal static class Findings
{
    public static Diagnostic At(TeiInstance instance, XObject? node, DiagnosticDescriptor descriptor, params object?[] args)
    {
        var (primary, secondary) = instance.Locate(node);
        return descriptor.AtBoth(primary, secondary, args);
    }

    /// <summary>A finding on an element of an outline (see <see cref="Integrity.MarkupOutline"/>).</summary>
    public static Diagnostic At(TeiInstance instance, Integrity.MarkupOutline outline, int element, DiagnosticDescriptor descriptor, params object?[] args)
    {
        var (primary, secondary) = instance.Locate(outline, element);
        return descriptor.AtBoth(primary, secondary, args);
    }

    /// <summary>A finding of a schema, whose code and message are the schema's.</summary>
    public static Diagnostic At(TeiInstance instance, XObject? node, Severity severity, string code, string message)
    {
        var (primary, secondary) = instance.Locate(node);
        return new Diagnostic(severity, code, message, primary, secondary);
    }
}
