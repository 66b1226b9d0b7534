using System.Text;
using Scriban.Runtime;
using Edition.Core.Caching;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Rendering.Figures;
using Edition.Rendering.Html;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// The print edition's LaTeX: <c>latex/edition.tex.sbn</c> rendered with the <see cref="EditionView"/> as its
/// model, plus the theme's <c>latex/support/</c> files (packages, index styles) beside it. Compiling to PDF
/// is <see cref="LatexCompiler"/>'s job, so the .tex is written even where TeX is not installed.
/// </summary>
/// <remarks>
/// Each document's part, <c>document.tex.sbn</c> with <c>doc</c> set, is rendered on its own, on every core
/// and, given a <see cref="PrintCache"/>, once per content; edition.tex.sbn then includes those parts as they
/// are. An edition whose own templates replace edition.tex.sbn gets one render of it, as it wrote it.
/// </remarks>
public static class PrintRenderer
{
    public const string TexPath = "print/edition.tex";
    public const string PdfPath = "print/edition.pdf";

    private const string DocumentTemplate = "document.tex.sbn";

    // A document's part as edition.tex.sbn includes it: print_block defined first (block.tex.sbn), its output
    // (none but blanks) set aside, as edition.tex.sbn sets it down once before the documents.
    private const string DocumentPart = "{{ edition_block_definitions = include \"block.tex.sbn\" }}{{ include \"" + DocumentTemplate + "\" }}";

    /// <param name="tei">The edition's TEI (whose hashes key the cache); needed with <paramref name="cache"/>.</param>
    /// <param name="progress">Given the number of documents, what to call (from any thread) as each is typeset.</param>
    /// <param name="figures">The images of the edition's figures, found once per build (null: none, each figure a placeholder).</param>
    public static IReadOnlyList<OutputFile> Render(EditionView edition, TemplateSet templates, DiagnosticBag diagnostics, PrintCache? cache = null, IReadOnlyList<EncodedDocument>? tei = null, Func<int, Action>? progress = null, FigureImages? figures = null) =>
        RenderEdition(edition, templates, diagnostics, cache, tei, progress, figures)?.Files ?? [];

    /// <summary>As <see cref="Render"/>, kept as parts a document's fallback can replace; null when a template failed.</summary>
    public static PrintEdition? RenderEdition(EditionView edition, TemplateSet templates, DiagnosticBag diagnostics, PrintCache? cache = null, IReadOnlyList<EncodedDocument>? tei = null, Func<int, Action>? progress = null, FigureImages? figures = null)
    {
        TexFormulaReport.Report(edition.FullDocuments(), tei, diagnostics);
        PrintScriptUse.Report(edition, diagnostics, SystemFonts.Has);
        figures ??= FigureImages.None;
        FacsimilePlates.Report(edition, figures.Facsimiles, diagnostics);
        var functions = new ScriptObject();
        var variables = LatexFunctions.Register(functions, edition, figures, PrintLabels.Of(templates, edition));
        var plates = FacsimilePlates.Wanted(edition) ? figures.Facsimiles.PrintFiles() : [];
        var support = templates.Assets("latex/support").Select(a => new OutputFile("print/" + a.Relative, File.ReadAllBytes(a.Path))).Concat(figures.PrintFiles()).Concat(plates).ToList();
        if (OwnsEditionTemplate(templates))
        {
            var whole = new TemplateRenderer(templates, "latex").Render("edition.tex.sbn", edition, diagnostics, functions);
            return whole is null ? null : PrintEdition.Whole(whole, support);
        }

        if (DocumentParts(edition, templates, functions, variables, diagnostics, cache, tei, figures, progress) is not { } parts)
        {
            return null;
        }

        // Each part is set down where edition.tex.sbn includes it as a marker, and the parts go in at the markers as
        // the text is written: Scriban copying megabytes of parts into its output, and that output into one string,
        // was most of the print time.
        var placed = new List<(DocumentView, Func<byte[]>)>();
        var withParts = (ScriptObject)functions.Clone(true);
        withParts.Import("edition_document_part", new Func<DocumentView, string>(d =>
        {
            var part = parts.Parts[d];
            placed.Add((d, () => parts.Spill.Read(part)));
            return PrintEdition.Marker(placed.Count - 1);
        }));
        var renderer = new TemplateRenderer(templates, "latex", new Dictionary<string, string> { [DocumentTemplate] = "{{ edition_document_part doc }}" });
        var frame = renderer.Render("edition.tex.sbn", edition, diagnostics, withParts);
        return frame is null ? null : PrintEdition.FromParts(frame, placed, support, edition.Full);
    }

    /// <summary>
    /// A shard's documents typeset into the cache only (the merge puts edition.tex together); false when a
    /// template failed (the diagnostics say where) or the edition's own edition.tex.sbn is rendered in one piece.
    /// </summary>
    public static bool RenderDocuments(EditionView edition, TemplateSet templates, DiagnosticBag diagnostics, PrintCache cache, IReadOnlyList<EncodedDocument> tei, Func<int, bool> include, FigureImages? figures = null)
    {
        figures ??= FigureImages.None;
        if (OwnsEditionTemplate(templates))
        {
            return false;
        }

        TexFormulaReport.Report(edition.Documents.Where((_, i) => include(i)).Select(edition.Full), tei, diagnostics);
        var functions = new ScriptObject();
        var variables = LatexFunctions.Register(functions, edition, figures, PrintLabels.Of(templates, edition));
        if (DocumentParts(edition, templates, functions, variables, diagnostics, cache, tei, figures, null, include) is not { } parts)
        {
            return false;
        }

        parts.Spill.Dispose();
        return true;
    }

    private static bool OwnsEditionTemplate(TemplateSet templates) =>
        templates.OverrideDirectory is { } own && File.Exists(Path.Combine(own, "latex", "edition.tex.sbn"));

    /// <summary>
    /// Every document's part, in parallel (from the cache where it holds one), as UTF-8, the form the cache keeps,
    /// set down in a spill file as made (a corpus's parts are megabytes: not held while the others are typeset, nor
    /// as UTF-16); null when a template failed.
    /// </summary>
    private static (SpillFile Spill, Dictionary<DocumentView, SpilledBytes> Parts)? DocumentParts(EditionView edition, TemplateSet templates, ScriptObject functions, (IReadOnlyList<Abbreviation> Abbreviations, IReadOnlyList<string> OtherLanguages) variables, DiagnosticBag diagnostics, PrintCache? cache, IReadOnlyList<EncodedDocument>? tei, FigureImages figures, Func<int, Action>? progress, Func<int, bool>? include = null)
    {
        var renderer = new TemplateRenderer(templates, "latex");
        // A shard typesets its documents; a volume's other pages are typeset where the edition is put together.
        var documents = include is null ? PrintPages.Of(edition) : edition.Documents;
        var shared = cache is null ? null : SharedKey(edition, templates, variables);
        var hashes = cache is null ? null : CacheKeys.TeiHashes(tei ?? throw new ArgumentNullException(nameof(tei), "the print cache is keyed by the TEI"));
        var spill = new SpillFile();
        var parts = new SpilledBytes?[documents.Count];
        var failures = new DiagnosticBag?[documents.Count];
        var done = progress?.Invoke(documents.Count);
        Parallel.For(0, documents.Count, i =>
        {
            if (include is not null && !include(i))
            {
                return;
            }

            var document = edition.Full(documents[i]); // read back from disk when the edition holds summaries
            var key = shared is null ? null : CacheKey.Of(shared, document.Id, hashes![document.TeiFile], figures.KeyOf(document));
            if (key is not null && cache!.Get(key) is { } known)
            {
                parts[i] = spill.Add(known);
            }
            else
            {
                var bag = new DiagnosticBag();
                var part = renderer.RenderSource("latex/document part", DocumentPart, edition, bag, functions, new Dictionary<string, object?> { ["doc"] = document });
                if (part is null || bag.HasErrors)
                {
                    failures[i] = bag;
                }
                else
                {
                    var bytes = Encoding.UTF8.GetBytes(part);
                    parts[i] = spill.Add(bytes);
                    if (key is not null)
                    {
                        cache!.Put(key, bytes);
                    }
                }
            }

            done?.Invoke();
        });

        // As one render of edition.tex.sbn would: the first document whose part failed, reported once.
        if (failures.FirstOrDefault(f => f is not null) is { } failed)
        {
            diagnostics.AddRange(failed.Sorted());
            spill.Dispose();
            return null;
        }

        var byDocument = new Dictionary<DocumentView, SpilledBytes>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < documents.Count; i++)
        {
            if (parts[i] is { } part)
            {
                byDocument[documents[i]] = part;
            }
        }

        return (spill, byDocument);
    }

    /// <summary>What a document's part reads besides its own TEI: the tool, the templates, the edition's metadata and entries, the abbreviations and languages.</summary>
    private static string SharedKey(EditionView edition, TemplateSet templates, (IReadOnlyList<Abbreviation> Abbreviations, IReadOnlyList<string> OtherLanguages) variables) => CacheKey.Of(
        "print",
        typeof(PrintRenderer).Assembly.ManifestModule.ModuleVersionId.ToString(),
        typeof(EditionView).Assembly.ManifestModule.ModuleVersionId.ToString(),
        typeof(Scriban.Template).Assembly.ManifestModule.ModuleVersionId.ToString(),
        CacheKeys.Folder(Path.Combine(templates.DefaultDirectory, "latex")),
        CacheKeys.Folder(templates.OverrideDirectory is { } own ? Path.Combine(own, "latex") : null),
        CacheKeys.Folder(Path.Combine(templates.DefaultDirectory, "html", "labels")), // the print's own words
        CacheKeys.Folder(templates.OverrideDirectory is { } labels ? Path.Combine(labels, "html", "labels") : null),
        CacheKeys.EditionMetadata(edition),
        string.Join("\n", variables.Abbreviations.Select(a => a.Short + "\t" + a.Expansion + "\t" + a.Lang)),
        string.Join(" ", variables.OtherLanguages));
}
