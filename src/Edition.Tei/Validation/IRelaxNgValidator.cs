namespace Edition.Tei.Validation;

/// <summary>
/// The RELAX NG layer, plugged in by the host (Edition.RelaxNg's engine in the build, jing in tests), so the
/// gate does not depend on the engine's API while it is being written.
/// </summary>
public interface IRelaxNgValidator
{
    /// <param name="schemaPath">The RELAX NG schema (XML syntax) chosen for the document.</param>
    /// <param name="teiText">The exact TEI text; positions in findings are one-based lines and columns in it.</param>
    /// <param name="displayName">How diagnostics name the TEI file.</param>
    IEnumerable<SchemaFinding> Validate(string schemaPath, string teiText, string displayName);
}
