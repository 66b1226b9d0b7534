namespace Edition.Tei.Validation;

/// <summary>
/// The RELAX NG layer, plugged in by the host (Edition.Build plugs in Edition.RelaxNg's engine), so Edition.Tei
/// depends on no engine and the gate's other checks run without one.
/// </summary>
public interface IRelaxNgValidator
{
    /// <param name="schemaPath">The RELAX NG schema (XML syntax) chosen for the document.</param>
    /// <param name="teiText">The exact TEI text; positions in findings are one-based lines and columns in it.</param>
    /// <param name="displayName">How diagnostics name the TEI file.</param>
    IEnumerable<SchemaFinding> Validate(string schemaPath, string teiText, string displayName);
}
