using Edition.Core.Diagnostics;

namespace Edition.Import.Wilson;

/// <summary>
/// The outcome of one import. <see cref="Succeeded"/> is false whenever an error was recorded; nothing
/// has been written then. Warnings (unaligned paragraphs, unknown archives) accompany a successful import.
/// </summary>
public sealed record ImportResult(
    bool Succeeded,
    ImportReport Report,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> WrittenFiles,
    string? DocumentDirectory)
{
    /// <summary>
    /// The export could not be read at all: absent or forbidden, not a regular file, or over the size limit. The
    /// command line named the wrong thing, which the command reports as a usage error (exit code 2).
    /// </summary>
    public bool ExportUnreadable => Diagnostics.Any(d =>
        d.Code == ImportDiagnostics.FileUnreadable.Id || d.Code == ImportDiagnostics.NotAFile.Id || d.Code == ImportDiagnostics.ExportTooLarge.Id);

    public static ImportResult Failed(IReadOnlyList<Diagnostic> diagnostics) =>
        new(false, ImportReport.Empty, diagnostics, [], null);
}
