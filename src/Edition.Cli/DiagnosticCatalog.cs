using System.Reflection;
using Edition.Build;
using Edition.Build.Validation;
using Edition.Core.Diagnostics;
using Edition.Import.Wilson;
using Edition.Rendering;
using Edition.Tei.Encoding;
using Edition.Tei.Validation;

namespace Edition.Cli;

/// <summary>Every diagnostic Edition reports, gathered from the catalogue of each area (docs/diagnostics.md is made from it).</summary>
public static class DiagnosticCatalog
{
    /// <summary>The catalogue classes, in the order of their codes' families.</summary>
    public static IReadOnlyList<Type> Areas { get; } =
    [
        typeof(SourceDiagnostics), typeof(EncodingDiagnostics), typeof(ImportDiagnostics), typeof(ValidationDiagnostics),
        typeof(RelaxNgDiagnostics), typeof(SchematronDiagnostics), typeof(RenderingDiagnostics), typeof(BuildDiagnostics),
        typeof(CommandDiagnostics),
    ];

    /// <summary>Each descriptor with the catalogue member that holds it, ordered by code.</summary>
    public static IReadOnlyList<(string Member, DiagnosticDescriptor Descriptor)> Entries { get; } = Areas
        .SelectMany(area => area.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ($"{area.Name}.{f.Name}", (DiagnosticDescriptor)f.GetValue(null)!)))
        .OrderBy(e => e.Item2.Id, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = Entries.Select(e => e.Descriptor).ToList();
}
