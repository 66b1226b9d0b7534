using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// The characters a compiled PDF lacks (XeTeX's log: no glyph in the font they were set in), as warnings: per
/// document that holds them (ED5110, at the first line of its source with one), and once for those only the edition's
/// own pages hold (ED5111: title page, front matter, indexes; at the edition.tex line). The log does not say where a
/// character was met, but a document's part of edition.tex says which characters it holds.
/// </summary>
internal static class MissingGlyphReport
{
    /// <summary>Characters named in one warning at most; the rest are counted.</summary>
    private const int Named = 8;

    public static void Report(PrintEdition edition, IReadOnlyList<MissingGlyph> glyphs, DiagnosticBag diagnostics, IReadOnlyList<EncodedDocument>? tei)
    {
        if (glyphs.Count == 0)
        {
            return;
        }

        var byDocument = glyphs.SelectMany(g => edition.DocumentsHolding(g.Character).Select(d => (Document: d, Glyph: g)))
            .GroupBy(x => x.Document, x => x.Glyph, ReferenceEqualityComparer.Instance as IEqualityComparer<DocumentView>)
            .ToList();
        foreach (var group in byDocument)
        {
            var list = group.ToList();
            var at = PrintFailureOrigin.OfText(group.Key, list[0].Character, tei);
            diagnostics.Add(RenderingDiagnostics.MissingGlyphs.At(at, group.Key.Id, Names(list), Fonts(list)));
        }

        var inFrame = glyphs.Where(g => !byDocument.Exists(d => d.Contains(g))).ToList();
        if (inFrame.Count > 0)
        {
            var line = edition.LineHolding(inFrame[0].Character);
            var at = line > 0 ? new SourceSpan(PrintRenderer.TexPath, line, 1) : SourceSpan.None(PrintRenderer.TexPath);
            diagnostics.Add(RenderingDiagnostics.MissingGlyphsOutsideDocuments.At(at, Names(inFrame), Fonts(inFrame)));
        }
    }

    private static string Names(IReadOnlyList<MissingGlyph> glyphs) =>
        string.Join(", ", glyphs.Take(Named).Select(g => g.Named)) + (glyphs.Count > Named ? $" and {glyphs.Count - Named} more" : "");

    private static string Fonts(IEnumerable<MissingGlyph> glyphs) => string.Join(", ", glyphs.Select(g => g.Font).Distinct(StringComparer.Ordinal));
}
