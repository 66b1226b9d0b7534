using Edition.Core.Diagnostics;

namespace Edition.Tei.Encoding;

/// <summary>The findings of the Encode stage about TEI written by the editor.</summary>
public static class EncodingDiagnostics
{
    public static readonly DiagnosticDescriptor TeiNotWellFormed = new(
        "ED1201", Severity.Error, "TEI file not well-formed", "{0}",
        "A TEI file given to Edition (a TEI-in document, or a file checked by `edition validate`) is not well-formed XML. Fix it at the line named.");
}
