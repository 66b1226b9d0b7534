namespace Edition.Import.Wilson;

/// <summary>Where and how <see cref="WilsonImporter"/> writes the imported document.</summary>
/// <param name="ProjectDirectory">The edition project (the folder holding <c>edition.yml</c>).</param>
/// <param name="DocumentId">Folder name under <c>documents/</c>; defaults to the document's ISO date.</param>
/// <param name="Force">Replace an existing document folder of the same id.</param>
/// <param name="RevisionDate">
/// Date recorded in the document's revision list. Null: <c>SOURCE_DATE_EPOCH</c> when set (reproducible
/// builds), else today (UTC). Tests pin it so the output is byte for byte reproducible.
/// </param>
public sealed record ImportOptions(
    string ProjectDirectory,
    string? DocumentId = null,
    bool Force = false,
    DateOnly? RevisionDate = null);
