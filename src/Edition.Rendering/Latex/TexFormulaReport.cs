using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Text;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// Warns, at its line in the TEI file, of each TeX formula the print edition prints as its source. Read from the
/// views on every print render (not from the documents' cached parts), so a build from the cache warns as a clean one.
/// </summary>
internal static class TexFormulaReport
{
    public static void Report(IEnumerable<DocumentView> documents, IReadOnlyList<EncodedDocument>? tei, DiagnosticBag diagnostics)
    {
        var files = (tei ?? []).Where(t => t.SourceFile is not null).GroupBy(t => t.FileName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => SourcePaths.Display(g.First().SourceFile!), StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var file = files.GetValueOrDefault(document.TeiFile) ?? "tei/" + document.TeiFile;
            foreach (var formula in Formulas(document).DistinctBy(f => (f.Line, f.Column, f.Tex)))
            {
                if (TexMathSubset.Problem(formula.Tex) is { } problem)
                {
                    diagnostics.Add(RenderingDiagnostics.TexFormulaNotTypeset.At(new SourceSpan(file, formula.Line, formula.Column), problem));
                }
            }
        }
    }

    private static IEnumerable<TexFormulaNode> Formulas(DocumentView d) =>
        d.Texts.SelectMany(t => t.Blocks).Concat(d.Front).Concat(d.Back).SelectMany(Inlines)
            .Concat(d.Notes.Select(n => n.Content))
            .Concat(d.Apparatus.SelectMany(a => a.Readings.Select(r => r.Content).Prepend(a.Lemma)))
            .SelectMany(Formulas);

    private static IEnumerable<IReadOnlyList<InlineNode>> Inlines(BlockView b) =>
        b.Rows.SelectMany(r => r).Prepend(b.Inlines).Concat(b.Children.SelectMany(Inlines));

    private static IEnumerable<TexFormulaNode> Formulas(IReadOnlyList<InlineNode> nodes) => nodes.SelectMany(n => n switch
    {
        TexFormulaNode f => [f],
        StyledNode s => Formulas(s.Children),
        EntityNode e => Formulas(e.Children),
        ChoiceNode c => Formulas(c.Original).Concat(Formulas(c.Regular)),
        SicNode s => Formulas(s.Children),
        SuppliedNode s => Formulas(s.Children),
        UnclearNode u => Formulas(u.Children),
        AppNode a => Formulas(a.Lemma),
        DateNode d => Formulas(d.Children),
        StampNode s => Formulas(s.Children),
        LinkNode l => Formulas(l.Children),
        ElementNode e => Formulas(e.Children),
        _ when ManuscriptChange.Children(n) is { } children => Formulas(children),
        _ => [],
    });
}
