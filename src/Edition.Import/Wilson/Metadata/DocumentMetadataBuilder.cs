using System.Globalization;
using Edition.Core.Source.Model;
using Edition.Core.Text;
using Edition.Import.Wilson.Citation;
using Edition.Import.Wilson.Output;

namespace Edition.Import.Wilson.Metadata;

/// <summary>
/// document.yml's content from the export header, the citation, the telegram's apparatus and the correspondents
/// found in the gazetteer: the record the project's loader reads back, spanned at the export.
/// </summary>
internal static class DocumentMetadataBuilder
{
    private const string Archive = "Wilson Center Digital Archive";

    public static DocumentMeta Build(
        ClassifiedExport export, ProjectInfo project, ImportOptions options, string exportPath, (string? Sender, string? SenderPlace, string? Recipient) ids)
    {
        var (header, original, translation) = (export.Header, export.Original, export.Translation);
        var (type, label) = DocumentType.Find(header.Title, original);
        var span = SourceSpan.None(exportPath);
        return new DocumentMeta
        {
            Title = header.Title,
            Date = header.Date,
            Type = type,
            TypeLabel = label,
            Sender = Party(ids.Sender, ids.SenderPlace, null, span),
            Recipient = Party(ids.Recipient, null, TelegramFacts.Received(original, translation), span),
            Archives = export.Citation.Archives.Select(Location).ToList(),
            Identifiers = TelegramFacts.Identifiers(original).Select(i => new Identifier(i.Type, i.Value, i.Label)).ToList(),
            Source = new SourcePublication(Archive, header.Url, header.RecordId, header.Citation),
            Summary = header.Summary,
            Language = export.Language,
            Translation = translation.Count > 0 ? new TranslationInfo("en", header.Credits ?? Archive) : null,
            Rights = project.Licence is { } licence
                ? $"Text and translation as published by the {Archive}; encoding and notes {licence}."
                : $"Text and translation as published by the {Archive}.",
            Witnesses = translation.Count == 0 ? [] : [new Witness(WilsonImporter.Witness, header.RecordId is { } record
                ? $"English translation as published by the {Archive}, record {record}"
                : $"English translation as published by the {Archive}")],
            Revisions = [new Revision(
                RevisionDate(options).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                project.EditorId ?? "editor",
                $"Imported from the {Archive} export '{Path.GetFileName(exportPath)}' by edition import wilson; apparatus, alignment and names not yet checked.")],
            Span = span,
        };
    }

    private static Correspondent? Party(string? personId, string? placeId, string? when, SourceSpan span) =>
        personId is null && placeId is null && when is null ? null : new Correspondent(personId, placeId, when, span);

    /// <summary>An unknown repository keeps its abbreviation as its name, for the editor to complete.</summary>
    private static ArchiveLocation Location(ArchiveCitation a) => new()
    {
        Country = a.Country,
        Settlement = a.Settlement,
        Repository = a.Repository ?? a.RepositoryAbbr,
        RepositoryAbbr = a.RepositoryAbbr,
        Fond = a.Fond,
        Opis = a.Opis,
        Papka = a.Papka,
        Delo = a.Delo,
        Folios = a.Folios,
    };

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
