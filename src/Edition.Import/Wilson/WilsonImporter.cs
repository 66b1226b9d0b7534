using System.Globalization;
using System.Text.RegularExpressions;
using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Import.Wilson.Alignment;
using Edition.Import.Wilson.Citation;
using Edition.Import.Wilson.Export;
using Edition.Import.Wilson.Inline;
using Edition.Import.Wilson.Layout;
using Edition.Import.Wilson.Metadata;
using Edition.Import.Wilson.Names;
using Edition.Import.Wilson.Output;
using YamlDotNet.Core;

namespace Edition.Import.Wilson;

/// <summary>
/// <c>edition import wilson</c>: turns a Wilson Center Digital Archive export into a document folder of an
/// edition project. Reads top to bottom as its stages: read, header, split languages, classify apparatus,
/// link names, align, write (staged, all or nothing), report.
/// </summary>
public static partial class WilsonImporter
{
    /// <summary>The witness id of the archive's published translation (its bracketed insertions are <c>resp</c> it).</summary>
    public const string Witness = "WCDA";

    public static ImportResult Import(string exportPath, ImportOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            return Run(exportPath, options, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(ImportDiagnostics.WriteFailed.At(SourceSpan.None(options.ProjectDirectory), e.Message));
            return ImportResult.Failed(diagnostics);
        }
    }

    private static ImportResult Run(string exportPath, ImportOptions options, List<Diagnostic> diagnostics)
    {
        var project = Path.GetFullPath(options.ProjectDirectory);
        if (!RequestValid(project, options, diagnostics)
            || Read(exportPath, diagnostics) is not { } export
            || LoadProject(project, diagnostics) is not { } files)
        {
            return ImportResult.Failed(diagnostics);
        }

        var names = LinkNames(export, files);
        var original = export.Original;
        var translation = export.Translation;
        var shared = KeyApparatus(ref original, ref translation);
        var alignment = AlignBody(ref original, ref translation, export.Language);
        export = export with { Original = original, Translation = translation };
        var sources = WriteSources(export, names);

        var (sender, recipient) = Correspondents.Find(export.Header.Title, names.English, original, names.Original);
        var senderPlace = Correspondents.SenderPlace(original, names.Original);
        foreach (var e in new[] { sender, recipient, senderPlace }.OfType<GazetteerEntry>())
        {
            names.English.MarkUsed(e);
        }

        var documentId = options.DocumentId ?? export.Header.Date;
        var metadata = DocumentMetadataBuilder.Build(export, files.Info, options, exportPath, (sender?.Id, senderPlace?.Id, recipient?.Id));
        var documentDirectory = Path.Combine(project, "documents", documentId);
        if (Directory.Exists(documentDirectory) && !options.Force)
        {
            diagnostics.Add(ImportDiagnostics.DocumentExists.At(SourceSpan.None(documentDirectory), documentId));
            return ImportResult.Failed(diagnostics);
        }

        var written = Commit(documentDirectory, DocumentYamlWriter.Write(metadata, [.. sources.Texts.Select(t => t.File)]), sources, files, names.Used);
        var report = ImportReportBuilder.Build(export.Header, export.Citation, original, translation, alignment, shared, names.Used, files.Persons, files.Places, documentId, export.Language)
            with { SuppliedInsertions = sources.Supplied, Checks = [.. ImportReportBuilder.Checks(original, translation, alignment, names.Local, sender, recipient, export.Citation)] };
        ReportGaps(export, alignment, sender, recipient, diagnostics);
        return new ImportResult(true, report, diagnostics, written, documentDirectory);
    }

    private static bool RequestValid(string project, ImportOptions options, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(Path.Combine(project, ProjectInfo.FileName)))
        {
            diagnostics.Add(ImportDiagnostics.NotAProject.At(SourceSpan.None(project), ProjectInfo.FileName, project));
            return false;
        }

        if (options.DocumentId is { } requested && !DocumentIdPattern().IsMatch(requested))
        {
            diagnostics.Add(ImportDiagnostics.BadDocumentId.At(SourceSpan.None(project), requested));
            return false;
        }

        return true;
    }

    /// <summary>The export read, its header parsed, its languages split and each side's blocks classified.</summary>
    private static ClassifiedExport? Read(string exportPath, List<Diagnostic> diagnostics)
    {
        if (ExportText.Read(exportPath, diagnostics) is not { } text || ExportHeaderParser.Parse(text, diagnostics) is not { } header)
        {
            return null;
        }

        var language = header.LanguageCode ?? "ru";
        if (header.LanguageCode is null)
        {
            diagnostics.Add(ImportDiagnostics.UnknownLanguage.At(text.Span(header.CitationLine), header.OriginalLanguage));
        }

        var blocks = ExportBlock.Split(text.Lines, header.TextStartLine, text.Lines.Count).Where(b => !IsEndMark(b)).ToList();
        if (SplitIndex(text, header, blocks, LanguageSplitter.Find(blocks, language), language, diagnostics) is not { } split)
        {
            return null;
        }

        var citation = ArchiveCitationParser.Parse(header.Citation);
        ReportCitation(citation, text.Span(header.CitationLine), diagnostics);
        // An absent side stays empty: classifying nothing would still give the original its first folio's {pb}.
        var original = split > 0 ? BlockClassifier.Classify(blocks[..split], citation.Archives.FirstOrDefault()?.FirstFolio, original: true) : [];
        var translation = split < blocks.Count ? BlockClassifier.Classify(blocks[split..], null, original: false) : [];
        return new ClassifiedExport(text, header, language, citation, original, translation);
    }

    private static ProjectFiles? LoadProject(string project, List<Diagnostic> diagnostics)
    {
        try
        {
            return new ProjectFiles(
                AuthorityFile.Load(Path.Combine(project, "persons.yml")),
                AuthorityFile.Load(Path.Combine(project, "places.yml")),
                ProjectInfo.Load(project));
        }
        catch (YamlException e)
        {
            diagnostics.Add(ImportDiagnostics.AuthorityUnreadable.At(SourceSpan.None(project), e.Message));
            return null;
        }
    }

    /// <summary>Names linked under the ids the project already uses; apparatus-only names join the original's index.</summary>
    private static LinkedNames LinkNames(ClassifiedExport export, ProjectFiles files)
    {
        AuthorityFile FileFor(GazetteerEntry e) => e.Kind == "place" ? files.Places : files.Persons;
        var known = Gazetteer.BuiltIn.Entries.Select(e => FileFor(e).ExistingId(e) is { } id ? e.WithId(id) : e).ToList();
        var used = new List<GazetteerEntry>();
        var local = ApparatusNames.Find(export.Original, new NameIndex(Gazetteer.FormsFor(known, export.Language), []), export.Language)
            .Select(e => files.Persons.ExistingId(e) is { } id ? e.WithId(id) : e).ToList();
        return new LinkedNames(
            new NameIndex(Gazetteer.FormsFor(known.Concat(local), export.Language), used),
            new NameIndex(Gazetteer.FormsFor(known, "en"), used),
            used,
            local);
    }

    /// <summary>Both texts as source markdown, names linked and the translation's insertions attributed to the archive.</summary>
    private static SourceTexts WriteSources(ClassifiedExport export, LinkedNames names)
    {
        var year = int.Parse(export.Header.Date[..4], CultureInfo.InvariantCulture);
        var translationAnnotator = new InlineAnnotator(names.English, Witness, year);
        var closerKey = export.Original.Any(b => b.IsCloser && b.Key is not null) && export.Translation.Any(b => b.IsCloser && b.Key is not null) ? "closer" : null;
        var texts = new List<(string File, string Text)>();
        if (export.Original.Count > 0)
        {
            texts.Add(($"original.{export.Language}.md", SourceMarkdownWriter.Write(export.Original, new InlineAnnotator(names.Original, null, year), closerKey)));
        }

        if (export.Translation.Count > 0)
        {
            texts.Add(("translation.en.md", SourceMarkdownWriter.Write(export.Translation, translationAnnotator, closerKey)));
        }

        return new SourceTexts(texts, translationAnnotator.Supplied);
    }

    /// <summary>The document folder and the authority lists' new entries, all or nothing.</summary>
    private static IReadOnlyList<string> Commit(string documentDirectory, string documentYaml, SourceTexts sources, ProjectFiles files, List<GazetteerEntry> used)
    {
        var newPersons = used.Where(e => e.Kind == "person" && !files.Persons.HasId(e.Id)).ToList();
        var newPlaces = used.Where(e => e.Kind == "place" && !files.Places.HasId(e.Id)).ToList();
        return StagedWriter.Commit(
            documentDirectory,
            [("document.yml", documentYaml), .. sources.Texts],
            [.. Authority(files.Persons, newPersons, PersonsHeader), .. Authority(files.Places, newPlaces, PlacesHeader)]);
    }

    private static void ReportGaps(ClassifiedExport export, AlignmentResult alignment, GazetteerEntry? sender, GazetteerEntry? recipient, List<Diagnostic> diagnostics)
    {
        var (text, header) = (export.Text, export.Header);
        foreach (var u in alignment.Unaligned)
        {
            var side = u.Language == "en" ? "translation" : "original";
            diagnostics.Add(ImportDiagnostics.Unaligned.At(text.Span(u.LineIndex), side, u.Key, u.Preview));
        }

        if (sender is null || recipient is null)
        {
            diagnostics.Add(ImportDiagnostics.SenderUnknown.At(text.Span(header.DateLine), sender is null ? "sender" : "recipient"));
        }
    }

    private sealed record ProjectFiles(AuthorityFile Persons, AuthorityFile Places, ProjectInfo Info);

    private sealed record LinkedNames(NameIndex Original, NameIndex English, List<GazetteerEntry> Used, List<GazetteerEntry> Local);

    /// <summary>The source texts (original, translation or both), with the count of the translation's bracketed insertions.</summary>
    private sealed record SourceTexts(IReadOnlyList<(string File, string Text)> Texts, int Supplied);

    private const string PersonsHeader = "# Authority list of persons. `names` give the forms used in each language; `aliases` other names\n# (e.g. cipher names) under which the person appears.\n";
    private const string PlacesHeader = "# Authority list of places.\n";

    private static IEnumerable<(string Path, string Text)> Authority(AuthorityFile file, IReadOnlyList<GazetteerEntry> added, string header) =>
        added.Count == 0 ? [] : [(file.Path, file.Append(added, header))];

    /// <summary>Where the translation begins: an absent side is empty (the export imports as one text); null when neither has text.</summary>
    private static int? SplitIndex(ExportText text, ExportHeader header, List<ExportBlock> blocks, LanguageSplitter.Split split, string language, List<Diagnostic> diagnostics)
    {
        var at = text.Span(blocks.Count > 0 ? blocks[0].LineIndex : header.TextStartLine);
        switch (split.OriginalLetters, split.TranslationLetters)
        {
            case (0, 0):
                diagnostics.Add(ImportDiagnostics.NoText.At(at));
                return null;
            case (0, _):
                diagnostics.Add(ImportDiagnostics.NoOriginal.At(at, header.OriginalLanguage ?? "original-language", language));
                return 0;
            case (_, 0):
                diagnostics.Add(ImportDiagnostics.NoTranslation.At(at));
                return blocks.Count;
            default:
                return split.Index;
        }
    }

    private static void ReportCitation(CitationParseResult citation, SourceSpan at, List<Diagnostic> diagnostics)
    {
        foreach (var a in citation.Archives.Where(a => !a.IsKnownRepository))
        {
            diagnostics.Add(ImportDiagnostics.UnknownRepository.At(at, a.RepositoryAbbr));
        }

        foreach (var p in citation.Problems)
        {
            diagnostics.Add(ImportDiagnostics.CitationNotUnderstood.At(at, p));
        }
    }

    /// <summary>Apparatus with the same role on both sides (header, telegram, received…) is keyed by the role.</summary>
    private static List<string> KeyApparatus(ref List<LayoutBlock> original, ref List<LayoutBlock> translation)
    {
        var roles = original.Select(b => b.Role).Intersect(translation.Select(b => b.Role)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        LayoutBlock Keyed(LayoutBlock b) => b.Role is { } r && roles.Contains(r) ? b with { Key = r } : b;
        original = original.Select(Keyed).ToList();
        translation = translation.Select(Keyed).ToList();
        return original.Where(b => b.Key is not null).Select(b => b.Key!).ToList();
    }

    private static AlignmentResult AlignBody(ref List<LayoutBlock> original, ref List<LayoutBlock> translation, string language)
    {
        static List<(int? Number, string Text, int Line)> Body(List<LayoutBlock> blocks) =>
            blocks.Where(b => b.Kind == LayoutBlockKind.Body).Select(b => (b.Number, b.Flat, b.LineIndex)).ToList();
        var (originalBody, translationBody) = (Body(original), Body(translation));
        var result = (originalBody.Count, translationBody.Count) switch
        {
            // One text alone: its paragraphs keyed as if paired with themselves, nothing to report.
            (0, > 0) => OneSided(ParagraphAligner.Align(translationBody, translationBody, "en", "en"), original: false),
            (> 0, 0) => OneSided(ParagraphAligner.Align(originalBody, originalBody, language, language), original: true),
            _ => ParagraphAligner.Align(originalBody, translationBody, language, "en"),
        };
        original = WithKeys(original, result.OriginalKeys);
        translation = WithKeys(translation, result.TranslationKeys);
        return result;

        static AlignmentResult OneSided(AlignmentResult self, bool original) =>
            new(original ? self.OriginalKeys : [], original ? [] : self.TranslationKeys, 0, [], []);

        static List<LayoutBlock> WithKeys(List<LayoutBlock> blocks, IReadOnlyList<string> keys)
        {
            var i = 0;
            return blocks.Select(b => b.Kind == LayoutBlockKind.Body ? b with { Key = keys[i++] } : b).ToList();
        }
    }

    /// <summary>The export's closing "###" and similar separator lines carry no text.</summary>
    private static bool IsEndMark(ExportBlock b) => !b.IsTable && b.Flat.All(c => c is '#' or '*' or '-' or '_' or ' ');

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex DocumentIdPattern();
}
