using System.Text;
using Edition.Rendering.Figures;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// Turns the format-neutral inline tree into LaTeX. Editorial features become semantic macros
/// (<c>\edsupplied</c>, <c>\edstamp</c>…) defined in the preamble template, so a theme restyles them
/// without code; notes become familiar footnotes, apparatus entries reledmac <c>\edtext</c> lemmas.
/// </summary>
internal sealed class LatexInlineRenderer(DocumentView document, IReadOnlyDictionary<string, EntryView> entries, IReadOnlyDictionary<string, int> indexPlaces, FigureImages figures)
{
    private readonly Dictionary<string, NoteView> _notes = document.Notes.DistinctBy(n => n.Id, StringComparer.Ordinal).ToDictionary(n => n.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, ApparatusView> _apparatus = document.Apparatus.DistinctBy(a => a.Id, StringComparer.Ordinal).ToDictionary(a => a.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sigla = document.Witnesses.DistinctBy(w => w.Id, StringComparer.Ordinal).ToDictionary(w => w.Id, w => w.Siglum, StringComparer.Ordinal);

    public string Render(IEnumerable<InlineNode> nodes)
    {
        var sb = new StringBuilder();
        foreach (var node in nodes)
        {
            Write(sb, node, inNote: false);
        }

        return sb.ToString();
    }

    private string Inner(IEnumerable<InlineNode> nodes, bool inNote)
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
            case StyledNode s:
                sb.Append(Styled(s.Rend, Inner(s.Children, inNote)));
                break;
            case EntityNode e:
                sb.Append(Inner(e.Children, inNote));
                sb.Append(IndexEntry(e, inNote));
                break;
            case ChoiceNode { Kind: "sic" } c when !inNote:
                // The print edition reads the correction; the witness's slip goes to the apparatus.
                sb.Append($@"\edtext{{{Inner(c.Regular, inNote)}}}{{\Afootnote{{\edsicreading{{{Inner(c.Original, true)}}}}}}}");
                break;
            case ChoiceNode { Kind: "abbr" } c:
                sb.Append($@"\edabbr{{{Inner(c.Original, inNote)}}}{{{Inner(c.Regular, inNote)}}}");
                break;
            case ChoiceNode c:
                sb.Append(Inner(c.Regular, inNote));
                break;
            case SicNode s:
                sb.Append($@"\edsic{{{Inner(s.Children, inNote)}}}");
                break;
            case SuppliedNode s:
                sb.Append($@"\edsupplied{{{Inner(s.Children, inNote)}}}");
                break;
            case UnclearNode u:
                sb.Append($@"\edunclear{{{Inner(u.Children, inNote)}}}");
                break;
            case GapNode g:
                sb.Append($@"\edgap{{{LatexEscaper.Escape(g.Description ?? g.Reason)}}}");
                break;
            case NoteRefNode n when !inNote && _notes.TryGetValue(n.NoteId, out var note):
                sb.Append($@"\footnoteA{{{Inner(note.Content, true)}}}");
                break;
            case AppNode a when !inNote && _apparatus.TryGetValue(a.AppId, out var app):
                sb.Append($@"\edtext{{{Inner(a.Lemma, inNote)}}}{{{LemmaWitnesses(a, app)}\Afootnote{{{Readings(app)}}}}}");
                break;
            case AppNode a:
                sb.Append(Inner(a.Lemma, inNote));
                break;
            case LineBreakNode { InWord: true }:
                break; // the print edition reads the word whole
            case LineBreakNode when inNote:
                sb.Append(' '); // a note is set as one run of text (reledmac's paragraph notes): a break there loses the words before it
                break;
            case LineBreakNode:
                sb.Append(@"\edlinebreak{}");
                break;
            case PageBreakNode p when inNote:
                // A margin note is reledmac's \edtext, which a note (typeset after its paragraph) cannot hold.
                sb.Append($@"\edfolioinline{{{LatexEscaper.Escape(p.N)}}}");
                break;
            case PageBreakNode p:
                sb.Append($@"\edfolio{{{LatexEscaper.Escape(p.N)}}}");
                break;
            case DateNode d:
                sb.Append(Inner(d.Children, inNote));
                break;
            case StampNode s:
                sb.Append($@"\edstamp{{{Inner(s.Children, inNote)}}}");
                break;
            case LinkNode l:
                sb.Append($@"\edhref{{{LatexUrl.Escape(l.Url)}}}{{{Inner(l.Children, inNote)}}}");
                break;
            case ElementNode { Name: "index" }:
                break; // an index entry's terms are the index's, not the text's
            case ElementNode e when Apart.Contains(e.Name):
                // A block met among phrases (a list in a note): its words kept apart from what stands before and after.
                sb.Append(' ').Append(Inner(e.Children, inNote)).Append(' ');
                break;
            case ElementNode e:
                sb.Append(Inner(e.Children, inNote));
                break;
            case MathNode m when MathmlTex.Of(m) is { } tex:
                sb.Append(LatexFormula.Tex(tex, inNote));
                break;
            case MathNode m:
                // The formula's tokens as text: an element or a symbol with no TeX form here.
                sb.Append(LatexEscaper.Escape(MathmlTex.Tokens(m)));
                break;
            case TexFormulaNode f:
                sb.Append(LatexFormula.Tex(f, inNote));
                break;
            case XmlExampleNode x:
                sb.Append(LatexFormula.Xml(x, inNote));
                break;
            case FigureNode f when inNote:
                sb.Append(Inner(f.Caption, true)); // a note's figure is its caption: a box in a footnote is no place for an image
                break;
            case FigureNode f:
                sb.Append(Figure(f));
                break;
            default:
                sb.Append(LatexManuscriptChange.Render(node, nodes => Inner(nodes, inNote)));
                break;
        }
    }

    /// <summary>
    /// The images (or a framed placeholder for each absent or unprintable one) and the caption below them, as one box a
    /// line wide: no float, which numbered text cannot hold. The caption's notes and apparatus are left out (reledmac
    /// cannot number what stands in a box); the figure's other content follows as text.
    /// </summary>
    private string Figure(FigureNode f)
    {
        if (f.Graphics.Count == 0 && f.Caption.Count == 0 && string.IsNullOrWhiteSpace(f.Description))
        {
            return Inner(f.Content, false);
        }

        var found = f.Graphics.Select(g => figures.Find(document.TeiFile, g.Url)).ToList();
        var sizes = f.Graphics.Select(PrintImageSize.Options).ToList();
        var images = string.Join(@"\par\smallskip ", found.Select((i, n) => i.PrintPath is { } path
            ? $@"\edfigureimage{(sizes[n].Length > 0 ? $"[{sizes[n]}]" : "")}{{{path}}}"
            : $@"\edfigureabsent{{{(i.RemoteUrl is { } url ? $@"\edurl{{{LatexUrl.Escape(url)}}}" : LatexEscaper.Escape(i.Name))}}}"));

        // Where no image is printed, the description of what it shows (figDesc, the site's alt text) stands in for it.
        if (!found.Any(i => i.PrintPath is not null) && !string.IsNullOrWhiteSpace(f.Description))
        {
            images += $@"{(images.Length > 0 ? @"\par\smallskip " : "")}\edfiguredescription{{{LatexEscaper.Escape(f.Description)}}}";
        }

        return $@"\edfigure{{{images}}}{{{Inner(f.Caption, true)}}}" + Inner(f.Content, false);
    }

    /// <summary>Elements read as phrases whose words stand apart from their neighbours' (blocks inside a note or a phrase).</summary>
    private static readonly HashSet<string> Apart = new(StringComparer.Ordinal) { "item", "list", "p", "ab", "l", "lg", "label", "head", "cell", "row", "table" };

    /// <summary>
    /// The lemma's witnesses before "]", as the site prints them ("Montag A ] Dienstag B"): reledmac's lemma replaced
    /// through <c>\edlemma</c> (edition.sty); nothing when the lemma names none.
    /// </summary>
    private string LemmaWitnesses(AppNode a, ApparatusView app) => app.LemmaWitnesses.Count == 0
        ? ""
        : $@"\edlemma{{{Inner(a.Lemma, true)}}}{{{Sigla(app.LemmaWitnesses)}}}";

    private string Sigla(IEnumerable<string> witnesses) => string.Join(" ", witnesses.Select(w => LatexEscaper.Escape(_sigla.GetValueOrDefault(w, w))));

    private string Readings(ApparatusView app) =>
        string.Join("; ", app.Readings.Select(r =>
        {
            var text = r.Content.Count == 0 ? @"\textit{om.}" : Inner(r.Content, true);
            return $@"{text} \edsiglum{{{Sigla(r.Witnesses)}}}";
        }));

    private string IndexEntry(EntityNode e, bool inNote)
    {
        // Index entries from footnotes would carry the footnote's line; the text occurrence is enough.
        if (inNote || e.RefId is null || !entries.TryGetValue(e.RefId, out var entry))
        {
            return "";
        }

        var index = entry.Kind == "place" ? "places" : "persons";
        return $@"\edindex[{index}]{{{LatexIndex.Key(entry.Name, indexPlaces[entry.Name])}}}";
    }

    private static string Styled(string rend, string inner) => rend switch
    {
        "italic" or "i" or "emph" or "foreign" => $@"\textit{{{inner}}}",
        "bold" or "b" or "strong" => $@"\textbf{{{inner}}}",
        "underline" or "u" => $@"\underline{{{inner}}}",
        "sup" or "superscript" => $@"\textsuperscript{{{inner}}}",
        "sub" or "subscript" => $@"\textsubscript{{{inner}}}",
        "spaced" or "letter-spacing" or "spaced-out" => $@"\edspaced{{{inner}}}",
        "smallcaps" or "small-caps" or "sc" => $@"\textsc{{{inner}}}",
        "strike" or "strikethrough" => $@"\edstrike{{{inner}}}",
        _ => inner,
    };
}
