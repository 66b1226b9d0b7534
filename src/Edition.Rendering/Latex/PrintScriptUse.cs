using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Core.Xml;
using Edition.Rendering.Html;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// Which of the scripts the main font lacks a document's printed text uses (any of its strings: texts, notes,
/// apparatus, header), so the preamble declares the right-to-left languages their runs need and a script without its
/// font installed is reported rather than printed as missing glyphs.
/// </summary>
internal static class PrintScriptUse
{
    private static readonly ConditionalWeakTable<DocumentView, IReadOnlySet<PrintScript>> Known = [];

    // Each page's scripts, once per edition view: the preamble and the report both read them, and a document's
    // whole view may have to be read back from disk for it.
    private static readonly ConditionalWeakTable<EditionView, IReadOnlySet<PrintScript>[]> PerPage = [];

    // A view nests two JSON levels (a children list and its element) per XML level, under a few levels of document
    // fields: four per XML level leaves room for the deepest document read (the default 64 is reached at ~30 levels).
    private static readonly JsonSerializerOptions Unescaped = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = CacheKeyJson.Default, MaxDepth = 4 * SafeXml.MaxDepth + 32,
    };

    public static IReadOnlySet<PrintScript> Of(DocumentView document) =>
        Known.GetValue(document, d => Of(JsonSerializer.Serialize(d, Unescaped.GetTypeInfo(typeof(DocumentView)))));

    public static IReadOnlySet<PrintScript> Of(string? text) =>
        (text ?? "").Select(PrintScripts.Of).Where(s => s != PrintScript.Other).ToHashSet();

    /// <summary>Every script the edition prints: its documents' and volume parts', its title's and its lists' names.</summary>
    public static IReadOnlySet<PrintScript> Of(EditionView edition) =>
        OfPages(edition).SelectMany(s => s)
            .Concat(Of(string.Join(" ", edition.Persons.Concat(edition.Places).Select(e => e.Name).Append(edition.Title).Append(edition.Subtitle))))
            .ToHashSet();

    /// <summary>A warning per document and script whose font the system lacks (its letters would print as missing glyphs).</summary>
    public static void Report(EditionView edition, DiagnosticBag diagnostics, Func<string, bool> fontInstalled)
    {
        var pages = edition.Documents.Concat(edition.Parts).ToList();
        var scripts = OfPages(edition);
        for (var i = 0; i < pages.Count; i++)
        {
            var document = pages[i];
            foreach (var script in scripts[i].Order())
            {
                var (name, font, package) = PrintScripts.Needs(script);
                if (!fontInstalled(font))
                {
                    diagnostics.Add(RenderingDiagnostics.ScriptFontMissing.At(SourceSpan.None("tei/" + document.TeiFile), document.Id, name, font, package));
                }
            }
        }
    }

    /// <summary>Each page's scripts (the documents', then the volume parts'), on every core, each read whole.</summary>
    private static IReadOnlySet<PrintScript>[] OfPages(EditionView edition) => PerPage.GetValue(edition, e =>
    {
        var pages = e.Documents.Concat(e.Parts).ToList();
        var scripts = new IReadOnlySet<PrintScript>[pages.Count];
        Parallel.For(0, pages.Count, i => scripts[i] = Of(e.Full(pages[i])));
        return scripts;
    });
}
