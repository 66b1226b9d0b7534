using Edition.Core.Diagnostics;

namespace Edition.Tei.Validation;

/// <summary>A RELAX NG finding at a line and column of the TEI text (code ED3xxx, from the engine).</summary>
public sealed record SchemaFinding(string Code, Severity Severity, string Message, int Line, int Column);
