using System.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// Inline trees to HTML; every text goes through <see cref="HtmlText.Escape"/>. Both readings of a choice are
/// written (<c>.dipl</c> and <c>.read</c>) and the page's view switch shows one, so no view needs its own page.
/// </summary>
/// <param name="labels">The UI language's labels, for the titles of a manuscript's changes.</param>
public sealed class InlineHtmlRenderer(PageContext page, string teiFile, ISet<string> persons, ISet<string> places, FigureHtml? figures = null, Labels? labels = null)
{
    private readonly FigureHtml _figures = figures ?? FigureHtml.Without(page.Root);

    private ManuscriptChangeHtml? _changes;

    private ManuscriptChangeHtml Changes => _changes ??= new ManuscriptChangeHtml((sb, nodes) => Write(sb, nodes), labels);

    /// <summary>The signs of a manuscript's changes written so far, for the page's legend.</summary>
    public IReadOnlyCollection<ManuscriptSign> ManuscriptSignsUsed => _changes?.Used ?? [];

    private readonly Dictionary<string, int> _refCounts = new(StringComparer.Ordinal);

    /// <summary>When set, an apparatus entry's readings are written hidden beside its lemma (the synoptic view's witnesses).</summary>
    internal InPlaceReadings? Readings { get; set; }

    public SafeHtml Render(IReadOnlyList<InlineNode> nodes)
    {
        var sb = new StringBuilder();
        Write(sb, nodes);
        return new SafeHtml(sb.ToString());
    }

    /// <summary>The text only (for title attributes, search and citations), unescaped.</summary>
    public static string PlainText(IEnumerable<InlineNode> nodes, bool reading = true)
    {
        var sb = new StringBuilder();
        Plain(sb, nodes, reading);
        return sb.ToString();
    }

    /// <summary>The id of the n-th reference to a note or apparatus entry, the target of its back-link.</summary>
    public static string RefId(string targetId, int occurrence = 1) => occurrence == 1 ? "ref-" + targetId : $"ref-{targetId}-{occurrence}";

    /// <summary>TEI blocks met inside phrase-level content (a note's list, paragraphs or verse).</summary>
    private static readonly HashSet<string> BlockLike = new(StringComparer.Ordinal) { "item", "p", "l", "ab", "lg", "list", "cell", "row", "head", "label", "table" };

    private void Write(StringBuilder sb, IEnumerable<InlineNode> nodes)
    {
        foreach (var node in nodes)
        {
            Write(sb, node);
        }
    }

    private void Write(StringBuilder sb, InlineNode node)
    {
        switch (node)
        {
            case TextNode t:
                sb.Append(HtmlText.Escape(t.Text));
                break;
            case StyledNode s:
                var tag = s.Rend is "sup" or "superscript" ? "sup" : s.Rend is "sub" or "subscript" ? "sub" : "span";
                Wrap(sb, tag, "r-" + HtmlText.Token(s.Rend), s.Children, s.Lang is { Length: > 0 } styleLang ? $" lang=\"{HtmlText.Escape(styleLang)}\"{TextDirection.Attribute(styleLang)}" : "");
                break;
            case EntityNode e:
                var index = e.Kind == "person" ? persons : e.Kind == "place" ? places : null;
                if (e.RefId is not null && index is not null && index.Contains(e.RefId))
                {
                    sb.Append($"<a class=\"entity {e.Kind}\" href=\"{HtmlText.Escape(page.Base + (e.Kind == "person" ? "persons" : "places") + ".html#" + e.RefId)}\">");
                    Write(sb, e.Children);
                    sb.Append("</a>");
                }
                else
                {
                    Wrap(sb, "span", "entity " + HtmlText.Token(e.Kind), e.Children);
                }

                break;
            case ChoiceNode c:
                var title = c.Kind == "abbr" ? $" title=\"{HtmlText.Escape(PlainText(c.Regular))}\"" : "";
                sb.Append($"<span class=\"choice choice-{HtmlText.Token(c.Kind)}\"><span class=\"dipl\"{title}>");
                Write(sb, c.Original);
                // A hidden space keeps the two forms two words for a reader of the page's text (not shown, never copied);
                // so too before a note's number.
                sb.Append("</span><span hidden> </span><span class=\"read\">");
                Write(sb, c.Regular);
                sb.Append("</span></span>");
                break;
            case SicNode s:
                sb.Append("<span class=\"sic\">");
                Write(sb, s.Children);
                sb.Append("<span class=\"dipl sic-mark\"> [sic]</span></span>");
                break;
            case SuppliedNode s:
                // The brackets are the stylesheet's (.supplied::before/::after): the word stays whole in the page's text.
                Wrap(sb, "span", "supplied", s.Children);
                break;
            case UnclearNode u:
                Wrap(sb, "span", "unclear", u.Children, u.Reason is null ? "" : $" title=\"{HtmlText.Escape(u.Reason)}\"");
                break;
            case GapNode g:
                sb.Append($"<span class=\"gap\" title=\"{HtmlText.Escape(string.Join(' ', new[] { g.Reason, g.Quantity, g.Unit }.Where(x => x is not null)))}\">[{HtmlText.Escape(g.Description ?? "…")}]</span>");
                break;
            case NoteRefNode n:
                sb.Append($"<a class=\"noteref\" id=\"{HtmlText.Escape(NextRef(n.NoteId))}\" href=\"#{HtmlText.Escape(n.NoteId)}\" data-note=\"{HtmlText.Escape(n.NoteId)}\" aria-describedby=\"{HtmlText.Escape(n.NoteId)}\"><span hidden> </span><sup>{n.Number}</sup></a>");
                break;
            case AppNode a:
                sb.Append("<span class=\"lem\">");
                Write(sb, a.Lemma);
                sb.Append("</span>").Append(Readings?.For(a.AppId));
                sb.Append($"<a class=\"appref\" id=\"{HtmlText.Escape(NextRef(a.AppId))}\" href=\"#{HtmlText.Escape(a.AppId)}\" data-note=\"{HtmlText.Escape(a.AppId)}\" aria-describedby=\"{HtmlText.Escape(a.AppId)}\"><span hidden> </span><sup>{AppMarker(a.Number)}</sup></a>");
                break;
            case LineBreakNode { InWord: true }:
                // The word stays whole in its text; the diplomatic view shows the break (and a hyphen, by CSS).
                sb.Append("<br class=\"dipl lb-in-word\">");
                break;
            case LineBreakNode:
                sb.Append("<br>");
                break;
            case PageBreakNode p:
                sb.Append(PageBreak(p.N, p.Id, p.Facs));
                break;
            case DateNode d:
                Wrap(sb, "time", "date", d.Children, d.When is null ? "" : $" datetime=\"{HtmlText.Escape(d.When)}\"");
                break;
            case StampNode s:
                Wrap(sb, "span", "stamp", s.Children);
                break;
            case LinkNode l:
                Link(sb, l);
                break;
            case ElementNode { Name: "index" } e:
                Wrap(sb, "span", "tei-index", e.Children, " hidden");
                break;
            case ElementNode e:
                Wrap(sb, "span", "tei-" + HtmlText.Token(e.Name), e.Children);
                if (BlockLike.Contains(e.Name))
                {
                    sb.Append(' '); // a list's items, a note's paragraphs or verse lines inside a phrase: words apart
                }

                break;
            case MathNode m:
                MathMarkup.Write(sb, m);
                break;
            case TexFormulaNode f:
                // The TeX source as text, which the page's script typesets (KaTeX); without it the source stays readable.
                WroteTexFormula = true;
                sb.Append(f.Display ? "<span class=\"math-tex display\">" : "<span class=\"math-tex\">").Append(HtmlText.Escape(f.Tex)).Append("</span>");
                break;
            case XmlExampleNode x:
                XmlExampleMarkup.Write(sb, x);
                break;
            case FigureNode f:
                InlineFigure(sb, f);
                break;
            default:
                Changes.TryWrite(sb, node);
                break;
        }
    }

    /// <summary>A figure's images (a block figure's caption and content are the block renderer's).</summary>
    public SafeHtml FigureImages(FigureNode figure)
    {
        var sb = new StringBuilder();
        _figures.WriteImages(sb, figure);
        return new SafeHtml(sb.ToString());
    }

    /// <summary>A figure inside a paragraph: phrasing content only (a &lt;figure&gt; would end the paragraph), named by its caption.</summary>
    private void InlineFigure(StringBuilder sb, FigureNode f)
    {
        var label = PlainText(f.Caption).Trim();
        sb.Append($"<span class=\"figure\" role=\"figure\"{(label.Length > 0 ? $" aria-label=\"{HtmlText.Escape(label)}\"" : "")}>");
        _figures.WriteImages(sb, f);
        // Spaces between the parts keep their words apart in the page's text (spans, unlike blocks, do not).
        if (f.Content.Count > 0)
        {
            sb.Append(' ');
            Wrap(sb, "span", "figure-content", f.Content);
        }

        if (f.Caption.Count > 0)
        {
            sb.Append(' ');
            Wrap(sb, "span", "figcaption", f.Caption);
        }

        sb.Append("</span>");
    }

    /// <summary>Letters for apparatus markers (a, b, … z, aa), distinct from the numbered notes.</summary>
    public static string AppMarker(int number)
    {
        var s = "";
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            s = (char)('a' + ((n - 1) % 26)) + s;
        }

        return s;
    }

    /// <summary>A page or folio break, set in the margin by CSS.</summary>
    public static string PageBreak(string? n, string? id, string? facs = null) =>
        $"<span class=\"pb\"{(id is null ? "" : $" id=\"{HtmlText.Escape(id)}\"")}{(facs is null ? "" : $" data-facs=\"{HtmlText.Escape(facs)}\"")} role=\"note\">[{HtmlText.Escape(n ?? "")}]</span>";

    private void Link(StringBuilder sb, LinkNode l)
    {
        string? href = null;
        if (l.Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || l.Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            href = l.Url;
        }
        else if (page.Links.Resolve(l.Url, teiFile) is { } target)
        {
            href = page.Page(target.Path, target.Fragment);
        }

        if (href is null)
        {
            Wrap(sb, "span", "ref", l.Children);
            return;
        }

        Wrap(sb, "a", "ref", l.Children, $" href=\"{HtmlText.Url(href)}\"");
    }

    /// <summary>Whether a TeX formula was written, so the page loads the script that typesets it (and only such a page).</summary>
    public bool WroteTexFormula { get; private set; }

    /// <summary>How many references to a note or apparatus entry this renderer has written.</summary>
    public int ReferenceCount(string id) => _refCounts.GetValueOrDefault(id);

    private string NextRef(string id)
    {
        var n = _refCounts[id] = _refCounts.GetValueOrDefault(id) + 1;
        return RefId(id, n);
    }

    private void Wrap(StringBuilder sb, string tag, string cssClass, IReadOnlyList<InlineNode> children, string attributes = "")
    {
        sb.Append($"<{tag} class=\"{cssClass}\"{attributes}>");
        Write(sb, children);
        sb.Append($"</{tag}>");
    }

    private static void Plain(StringBuilder sb, IEnumerable<InlineNode> nodes, bool reading)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode t: sb.Append(t.Text); break;
                case ChoiceNode c: Plain(sb, reading ? c.Regular : c.Original, reading); break;
                case SuppliedNode s: sb.Append('['); Plain(sb, s.Children, reading); sb.Append(']'); break;
                case GapNode g: sb.Append('[').Append(g.Description ?? "…").Append(']'); break;
                case LineBreakNode { InWord: true }: break;
                case LineBreakNode: sb.Append(' '); break;
                case StyledNode s: Plain(sb, s.Children, reading); break;
                case EntityNode e: Plain(sb, e.Children, reading); break;
                case SicNode s: Plain(sb, s.Children, reading); break;
                case UnclearNode u: Plain(sb, u.Children, reading); break;
                case AppNode a: Plain(sb, a.Lemma, reading); break;
                case DateNode d: Plain(sb, d.Children, reading); break;
                case StampNode s: Plain(sb, s.Children, reading); break;
                case LinkNode l: Plain(sb, l.Children, reading); break;
                case ElementNode e: Plain(sb, e.Children, reading); break;
                case MathNode m: Plain(sb, m.Children, reading); break;
                case TexFormulaNode f: sb.Append(f.Tex); break;
                case XmlExampleNode x: sb.Append(XmlExampleMarkup.PlainText(x)); break;
                case FigureNode f: sb.Append(' '); Plain(sb, f.Caption, reading); sb.Append(' '); Plain(sb, f.Content, reading); break;
                case SpaceNode: sb.Append(' '); break;
                case var _ when (reading ? ManuscriptChange.ReadingChildren(node) : ManuscriptChange.Children(node)) is { } children: Plain(sb, children, reading); break;
            }
        }
    }
}
