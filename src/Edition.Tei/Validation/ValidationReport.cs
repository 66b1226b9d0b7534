using Edition.Tei.Validation.Integrity;

namespace Edition.Tei.Validation;

/// <summary>What the gate found besides diagnostics: alignment per document, and the schema each document was checked with.</summary>
public sealed record ValidationReport(IReadOnlyList<AlignmentCoverage> Coverage, IReadOnlyDictionary<string, string?> SchemaByFile);
