using Edition.Rendering.Figures;
using Edition.Tei.Reading.Views;
using Scriban.Runtime;

namespace Edition.Rendering.Latex;

/// <summary>
/// What LaTeX templates may call besides the view model: escaping (<c>tex</c>), inline trees
/// (<c>inlines doc nodes</c>), Markdown (<c>markdown</c>), polyglossia names (<c>language</c>) and the
/// list of abbreviations. Templates never build LaTeX from raw text themselves.
/// </summary>
internal static class LatexFunctions
{
    /// <summary>
    /// The polyglossia languages besides English that the print edition selects (its texts', its abbreviations', its
    /// right-to-left scripts'): polyglossia stops at a language the preamble did not declare.
    /// </summary>
    private static IReadOnlyList<string> OtherLanguages(EditionView edition, IReadOnlyList<Abbreviation> abbreviations, string frame) =>
        edition.Documents.SelectMany(d => d.Texts.Select(t => t.Lang)).Concat(abbreviations.Select(a => a.Lang))
            .Select(PolyglossiaLanguage.Name)
            .Concat(PrintScriptUse.Of(edition).Select(PrintScripts.Language).OfType<string>()) // a right-to-left run is set in its language
            .Append("english") // the frame's own Latin-script words (names, sigla) stay declared whatever the frame's language
            .Where(l => l != frame).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <returns>The variables it set, which a document's part may read (so its cache key names them).</returns>
    public static (IReadOnlyList<Abbreviation> Abbreviations, IReadOnlyList<string> OtherLanguages) Register(ScriptObject globals, EditionView edition, FigureImages figures, Html.Labels labels)
    {
        var frame = PrintLabels.FrameLanguage(labels);
        globals.Import("t", new Func<string, string>(key => LatexEscaper.Escape(labels.Get(key))));
        globals.SetValue("frame_language", frame, readOnly: true);
        var entries = edition.Persons.Concat(edition.Places)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var indexPlaces = LatexIndex.Places(entries.Values, edition, labels.Lang);
        var printConvention = PrintDate.ConventionOf(edition, labels.Lang);
        // Documents are typeset on every core: one renderer per document, made by whichever thread asks first, and
        // let go with the document's view (a corpus's views, read back from disk one at a time, are not all kept).
        var renderers = new System.Runtime.CompilerServices.ConditionalWeakTable<DocumentView, LatexInlineRenderer>();

        globals.Import("tex", new Func<object?, string>(value => LatexEscaper.Escape(value?.ToString())));
        globals.Import("markdown", new Func<string?, string>(LatexMarkdown.ToLatex));
        globals.Import("format_date", new Func<string?, string>(date => PrintDate.Format(date, printConvention)));
        globals.Import("holding", new Func<DocumentView, string>(document => LatexEscaper.Escape(Html.ArchiveFormatter.Locator(edition, document))));
        globals.Import("header_index", new Func<DocumentView, string>(document => LatexIndex.HeaderEntries(document, entries, indexPlaces)));
        globals.Import("language", new Func<string?, string>(PolyglossiaLanguage.Name));
        globals.Import("running_head", new Func<DocumentView, string?>(RunningHead.Of));
        globals.Import("url", new Func<string?, string>(value => $@"\edurl{{{LatexUrl.Escape(value)}}}"));
        globals.Import("inlines", new Func<DocumentView, object?, string>((document, nodes) =>
        {
            var renderer = renderers.GetValue(document, d => new LatexInlineRenderer(d, entries, indexPlaces, figures));
            return nodes is IEnumerable<InlineNode> list ? renderer.Render(list) : "";
        }));
        var plain = new System.Runtime.CompilerServices.ConditionalWeakTable<DocumentView, PlainInlineRenderer>();
        globals.Import("plain_blocks", new Func<DocumentView, object?, string>((document, blocks) =>
            blocks is IEnumerable<BlockView> list ? PlainDocumentRenderer.Paragraphs(plain.GetValue(document, d => new PlainInlineRenderer(d)), list) : ""));
        globals.Import("tidy_numbering", new Func<string?, string>(LatexChunks.Tidy));
        globals.Import("print_rows", new Func<DocumentView, IReadOnlyList<PrintRow>>(PrintLayout.Rows));
        globals.Import("facsimile_plates", new Func<DocumentView, IReadOnlyList<PrintPlate>>(d => FacsimilePlates.Of(d, figures.Facsimiles)));
        globals.SetValue("print_pages", PrintPages.Of(edition), readOnly: true);
        var abbreviations = Abbreviation.Collect(edition);
        globals.SetValue("abbreviations", abbreviations, readOnly: true);
        var languages = OtherLanguages(edition, abbreviations, frame);
        globals.SetValue("other_languages", languages, readOnly: true);
        // Only the front matter's legend reads it (the frame, rendered on every build), never a document's part.
        globals.SetValue("manuscript_signs", PrintSigns.Collect(edition), readOnly: true);
        return (abbreviations, languages);
    }
}
