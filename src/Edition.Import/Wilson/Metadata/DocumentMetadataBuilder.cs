using System.Globalization;
using Edition.Import.Wilson.Citation;
using Edition.Import.Wilson.Export;
using Edition.Import.Wilson.Layout;
using Edition.Import.Wilson.Output;

namespace Edition.Import.Wilson.Metadata;

/// <summary>document.yml's content from the export header, the citation and the telegram's apparatus (sender and recipient are added by the caller).</summary>
internal static class DocumentMetadataBuilder
{
    private const string Archive = "Wilson Center Digital Archive";

    public static DocumentMetadata Build(
        ExportHeader header, CitationParseResult citation, IReadOnlyList<LayoutBlock> original, IReadOnlyList<LayoutBlock> translation,
        ProjectInfo project, ImportOptions options, string exportFileName, string language)
    {
        var (type, label) = DocumentType.Find(header.Title, original);
        return new DocumentMetadata
        {
            Title = header.Title,
            Date = header.Date,
            Type = type,
            TypeLabel = label,
            Received = TelegramFacts.Received(original, translation),
            Archives = citation.Archives,
            Identifiers = TelegramFacts.Identifiers(original),
            SourceUrl = header.Url,
            Record = header.RecordId,
            Citation = header.Citation,
            Summary = header.Summary,
            Language = language,
            TranslationLanguage = "en",
            TranslationCredit = header.Credits ?? Archive,
            Rights = project.Licence is { } licence
                ? $"Text and translation as published by the {Archive}; encoding and notes {licence}."
                : $"Text and translation as published by the {Archive}.",
            Witness = WilsonImporter.Witness,
            WitnessLabel = header.RecordId is { } record
                ? $"English translation as published by the {Archive}, record {record}"
                : $"English translation as published by the {Archive}",
            RevisionDate = RevisionDate(options).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            RevisionWho = project.EditorId ?? "editor",
            RevisionWhat = $"Imported from the {Archive} export '{exportFileName}' by edition import wilson; apparatus, alignment and names not yet checked.",
        };
    }

    /// <summary>The pinned date, else SOURCE_DATE_EPOCH (reproducible builds), else today in UTC.</summary>
    private static DateOnly RevisionDate(ImportOptions options)
    {
        if (options.RevisionDate is { } pinned)
        {
            return pinned;
        }

        return long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(epoch).UtcDateTime)
            : DateOnly.FromDateTime(DateTime.UtcNow);
    }
}
