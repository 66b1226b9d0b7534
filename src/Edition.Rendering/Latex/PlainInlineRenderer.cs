using System.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// The inline tree as plain, escaped text for a document's fallback (<see cref="PlainDocumentRenderer"/>): no styles,
/// no editorial macros, no index entries; a note or an apparatus entry becomes a plain <c>\footnote</c> (none inside
/// a footnote: its text is kept in line), a page break a bar and the folio in the line.
/// </summary>
internal sealed class PlainInlineRenderer(DocumentView document)
{
    private readonly Dictionary<string, NoteView> _notes = document.Notes.DistinctBy(n => n.Id, StringComparer.Ordinal).ToDictionary(n => n.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sigla = document.Witnesses.DistinctBy(w => w.Id, StringComparer.Ordinal).ToDictionary(w => w.Id, w => w.Siglum, StringComparer.Ordinal);
    private readonly Dictionary<string, ApparatusView> _apparatus = document.Apparatus.DistinctBy(a => a.Id, StringComparer.Ordinal).ToDictionary(a => a.Id, StringComparer.Ordinal);

    public string Render(IEnumerable<InlineNode> nodes) => Text(nodes, inNote: false);

    private string Text(IEnumerable<InlineNode> nodes, bool inNote)
    {
        var sb = new StringBuilder();
        foreach (var node in nodes)
        {
            Write(sb, node, inNote);
        }

        return sb.ToString();
    }

    private void Write(StringBuilder sb, InlineNode node, bool inNote)
    {
        switch (node)
        {
            case TextNode t:
                sb.Append(LatexEscaper.Escape(t.Text));
                break;
            case ChoiceNode c:
                sb.Append(Text(c.Regular, inNote));
                break;
            case GapNode:
                sb.Append("{[}...{]}");
                break;
            case NoteRefNode n when _notes.TryGetValue(n.NoteId, out var note):
                sb.Append(Footnote(Text(note.Content, inNote: true), inNote));
                break;
            case AppNode a:
                sb.Append(Text(a.Lemma, inNote));
                if (_apparatus.TryGetValue(a.AppId, out var app))
                {
                    sb.Append(Footnote(Readings(app), inNote));
                }

                break;
            case LineBreakNode { InWord: true }:
                break;
            case LineBreakNode:
                sb.Append(' ');
                break;
            case PageBreakNode p:
                sb.Append(" \\textbar{} ").Append(LatexEscaper.Escape(p.N)).Append(' ');
                break;
            case ElementNode { Name: "index" }:
                break;
            default:
                sb.Append(Text(Children(node), inNote));
                break;
        }
    }

    private static string Footnote(string text, bool inNote) => inNote ? $" ({text})" : $@"\footnote{{{text}}}";

    /// <summary>"reading SIGLUM; …", after "lemma SIGLUM ]" when the lemma names its witnesses (as the site and the typeset print).</summary>
    private string Readings(ApparatusView app) =>
        (app.LemmaWitnesses.Count == 0 ? "" : Text(app.Lemma, inNote: true) + " " + Sigla(app.LemmaWitnesses) + " ] ")
        + string.Join("; ", app.Readings.Select(r => (r.Content.Count == 0 ? "om." : Text(r.Content, inNote: true)) + " " + Sigla(r.Witnesses)));

    private string Sigla(IEnumerable<string> witnesses) => LatexEscaper.Escape(string.Join(" ", witnesses.Select(w => _sigla.GetValueOrDefault(w) ?? w)));

    private static IEnumerable<InlineNode> Children(InlineNode node) => node switch
    {
        StyledNode s => s.Children,
        EntityNode e => e.Children,
        SicNode s => s.Children,
        SuppliedNode s => s.Children,
        UnclearNode u => u.Children,
        DateNode d => d.Children,
        StampNode s => s.Children,
        LinkNode l => l.Children,
        ElementNode e => e.Children,
        MathNode m => m.Children,
        _ => ManuscriptChange.ReadingChildren(node) ?? [],
    };
}
