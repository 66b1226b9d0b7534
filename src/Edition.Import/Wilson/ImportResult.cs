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
    public static ImportResult Failed(IReadOnlyList<Diagnostic> diagnostics) =>
        new(false, ImportReport.Empty, diagnostics, [], null);
}
