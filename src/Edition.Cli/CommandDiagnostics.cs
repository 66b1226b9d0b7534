using Edition.Core.Diagnostics;

namespace Edition.Cli;

/// <summary>The findings the commands report themselves (the stages report theirs).</summary>
public static class CommandDiagnostics
{
    public static readonly DiagnosticDescriptor FileNotFound = new(
        "ED6002", Severity.Error, "File not found", "file not found",
        "A file given to `edition validate` does not exist. Check the path.");

    public static readonly DiagnosticDescriptor NoSchema = new(
        "ED6008", Severity.Error, "No schema for a file", "no schema to validate this file with: it is not TEI and names none in an xml-model; give --schema or --schematron",
        "`edition validate` found nothing to validate a file with: it names no schema in an <?xml-model?> that is on this machine, its root is not in the TEI namespace (so tei_all does not apply), and no --schema or --schematron was given.");
}
