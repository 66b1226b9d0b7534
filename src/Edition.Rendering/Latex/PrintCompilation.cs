using Edition.Core.Diagnostics;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// The PDF of a print edition, every document in it: when LaTeX stops in a document's part (the log's line names
/// it), that document is set again in its plain fallback (<see cref="PlainDocumentRenderer"/>) with a warning, and
/// the edition compiled again; a document whose fallback stops LaTeX too is left out with an error. A failure no
/// document can be blamed for (the front matter, the indexes, an edition.tex rendered whole) is reported as it is.
/// </summary>
public static class PrintCompilation
{
    /// <summary>Documents set again at most, so a broken theme does not compile the edition once per document.</summary>
    public const int MaxReruns = 5;

    /// <summary>The PDF (null after recording why not) and the edition it was compiled from, fallbacks in place.</summary>
    public static (byte[]? Pdf, PrintEdition Edition) Compile(PrintEdition edition, DiagnosticBag diagnostics, IReadOnlyList<EncodedDocument>? tei = null, Action<string>? progress = null, Func<PrintEdition, DiagnosticBag, byte[]?>? compiler = null)
    {
        compiler ??= (e, bag) => LatexCompiler.Compile(System.Text.Encoding.UTF8.GetString(e.Tex), e.Files, bag, progress,
            readLog: log => MissingGlyphReport.Report(e, MissingGlyph.InLog(log), bag, tei));
        var settled = new Dictionary<DocumentView, bool>(ReferenceEqualityComparer.Instance); // true: its fallback is in; false: left out
        for (var run = 0; ; run++)
        {
            var attempt = new DiagnosticBag();
            var pdf = compiler(edition, attempt);
            var failure = pdf is null ? FailingDocument(edition, attempt, settled) : null;
            if (pdf is not null || failure is null || run == MaxReruns)
            {
                diagnostics.AddRange(attempt.Sorted());
                return (pdf, edition);
            }

            var (document, error, line) = failure.Value;
            var origin = PrintFailureOrigin.Of(document, edition.LinesBefore(line, 40), tei);
            if (settled.TryGetValue(document, out var plain) && plain)
            {
                settled[document] = false;
                diagnostics.Add(RenderingDiagnostics.DocumentLeftOutOfPrint.At(origin, document.Id, error.Message));
                edition = edition.Replace(document, "");
            }
            else
            {
                settled[document] = true;
                diagnostics.Add(RenderingDiagnostics.DocumentPrintedPlainly.At(origin, document.Id, error.Message));
                edition = edition.Replace(document, PlainDocumentRenderer.Render(edition.Full(document)));
            }

            progress?.Invoke($"LaTeX stopped in document '{document.Id}': compiling again with it set plainly");
        }
    }

    /// <summary>The document the attempt's first LaTeX error at a line of edition.tex falls in, unless it was left out already.</summary>
    private static (DocumentView Document, Diagnostic Error, int Line)? FailingDocument(PrintEdition edition, DiagnosticBag attempt, Dictionary<DocumentView, bool> settled)
    {
        if (!edition.HasParts)
        {
            return null;
        }

        var error = attempt.Sorted().FirstOrDefault(d => d.Code == RenderingDiagnostics.LatexError.Id && d.Span.File == PrintRenderer.TexPath && d.Span.HasPosition);
        if (error is null || edition.DocumentAt(error.Span.Line, d => settled.ContainsKey(d)) is not { } document)
        {
            return null;
        }

        return settled.TryGetValue(document, out var plain) && !plain ? null : (document, error, error.Span.Line);
    }
}
