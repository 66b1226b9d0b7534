using System.Xml.Linq;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>Reads TEI phrase-level content into <see cref="InlineNode"/>s.</summary>
internal sealed class InlineReader(ReadingContext context)
{
    public List<InlineNode> Read(XElement parent) => Read(parent.Nodes());

    public List<InlineNode> Read(IEnumerable<XNode> nodes)
    {
        var result = new List<InlineNode>();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XText text:
                    var folded = TeiNames.Fold(text.Value);
                    if (folded.Length > 0)
                    {
                        result.Add(new TextNode(folded));
                    }

                    break;
                case XElement element when element.Name.Namespace == Encoding.Tei.Ns:
                    if (Element(Met(element)) is { } inline)
                    {
                        result.Add(inline);
                    }

                    break;
                case XElement foreign:
                    result.Add(Foreign(foreign));
                    break;
            }
        }

        return result;
    }

    private static readonly XNamespace MathMl = "http://www.w3.org/1998/Math/MathML";

    /// <summary>
    /// An element of another vocabulary: MathML kept as such, an XML example as its markup, any other kept as its
    /// text (a customisation's own phrase).
    /// </summary>
    private InlineNode Foreign(XElement e) =>
        e.Name.Namespace == MathMl ? new MathNode(Met(e).Name.LocalName, e.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.None).Select(a => KeyValuePair.Create(a.Name.LocalName, a.Value)).ToList(), ReadMath(e))
        : XmlExampleReader.IsExample(e) ? Known(XmlExampleReader.Read(e, display: false), e)
        : Generic(e);

    /// <summary>
    /// A token's text without its edges' whitespace ("x" in &lt;mi&gt; is the whole token); whitespace between
    /// elements kept as one space, which MathML does not show, so the page's text has the source's words.
    /// </summary>
    private List<InlineNode> ReadMath(XElement e) => e.Nodes().Select(n => n switch
    {
        XElement child => child.Name.Namespace == Encoding.Tei.Ns ? Element(Met(child)) : Foreign(child),
        XText text when TeiNames.Fold(text.Value).Trim() is { Length: > 0 } folded => new TextNode(folded),
        XText => new TextNode(" "),
        _ => null,
    }).OfType<InlineNode>().ToList();

    private InlineNode? Element(XElement e) => FigureReader.IsFigure(e) ? Figure(e) : e.Name.LocalName switch
    {
        "hi" => new StyledNode(e.Attr("rend") ?? "italic", Read(e)),
        "emph" => new StyledNode("italic", Read(e)),
        "foreign" => new StyledNode("foreign", Read(e), e.Lang()),
        "persName" => Entity("person", e),
        "placeName" => Entity("place", e),
        "orgName" => Entity("org", e),
        "name" => Entity(e.Attr("type") ?? "name", e),
        "choice" => Choice(e),
        "sic" => new SicNode(Read(e)),
        "supplied" => new SuppliedNode(Read(e), e.Attr("reason"), e.Attr("resp")),
        "unclear" => new UnclearNode(Read(e), e.Attr("reason")),
        "gap" => new GapNode(e.Attr("reason"), e.Attr("quantity"), e.Attr("unit")) { Description = Description(e) },
        "note" => Note(e),
        "app" => App(e),
        "lb" => new LineBreakNode { InWord = InWord(e) },
        "pb" => new PageBreakNode(e.Attr("n")) { Id = e.Id(), Facs = TeiNames.Targets(e.Attr("facs")).FirstOrDefault() },
        "date" => new DateNode(e.Attr("when") ?? e.Attr("from") ?? e.Attr("notBefore"), Read(e)),
        "stamp" => new StampNode(Read(e)),
        "del" => new DeletionNode(Read(e), e.Attr("rend")) { Hand = HandOf(e) },
        "add" => new AdditionNode(Read(e), e.Attr("place")) { Hand = HandOf(e) },
        "subst" => new SubstitutionNode(Read(e)) { Hand = HandOf(e) },
        "handShift" => new HandShiftNode(TeiNames.Target(e.Attr("new")), context.Hands.Describe(e, e.Attr("new"))),
        "damage" => new DamageNode(Read(e), e.Attr("agent"), e.Attr("extent")),
        "space" => new SpaceNode(e.Attr("quantity"), e.Attr("unit"), e.Attr("extent")),
        "restore" => new RestoreNode(Read(e)),
        "retrace" => new RetraceNode(Read(e)) { Hand = HandOf(e) },
        "ref" => e.Attr("target") is { } target ? new LinkNode(target, Read(e)) : new ElementNode("ref", Read(e)),
        "formula" when TexFormulaReader.IsTex(e) => Known(TexFormulaReader.Read(e, block: false), e),
        "ptr" => e.Attr("target") is { } ptr ? new LinkNode(ptr, [new TextNode(ptr)]) : null,

        // A glossed term pointing at its entry (FRUS <gloss target="#t_…">) leads to the terms page.
        "gloss" or "term" when (e.Attr("target") ?? e.Attr("corresp")) is { } entry => new LinkNode(entry, Read(e)),
        // An index entry's terms are kept (hidden in the reading views: they are the index's, not the text's).
        "index" => Index(e),
        "anchor" => null,
        "milestone" or "cb" => Omit(e),
        _ => Generic(e),
    };

    private string? HandOf(XElement e) => e.Attr("hand") is { } hand ? context.Hands.Describe(e, hand) : null;

    /// <summary>A figure standing in a phrase (a paragraph's image): its content read as phrases too.</summary>
    public FigureNode Figure(XElement e, bool withContent = true)
    {
        var caption = FigureReader.Caption(e);
        FigureKnown(e, caption);
        return new FigureNode(FigureReader.Graphics(e), caption is null ? [] : FigureReader.Trim(Read(caption)))
        {
            Description = FigureReader.Description(e),
            Content = withContent ? FigureReader.Trim(Read(FigureReader.Rest(e))) : [],
        };
    }

    /// <summary>A figure, its caption and its images' descriptions are read by the figure's rule (its other content by <see cref="Read"/>).</summary>
    private void FigureKnown(XElement figure, XElement? caption)
    {
        context.Ledger.Known(figure);
        if (caption is not null)
        {
            context.Ledger.Known(caption);
        }

        foreach (var d in figure.Descendants().Where(d => d.Name.LocalName is "graphic" or "figDesc" or "binaryObject"))
        {
            context.Ledger.KnownWithin(d);
        }
    }

    /// <summary>A node read from the element's whole content by a rule of its own (a formula's TeX, an XML example's markup).</summary>
    private InlineNode Known(InlineNode node, XElement e)
    {
        context.Ledger.KnownWithin(e);
        return node;
    }

    /// <summary>An element no rule knows: its content kept, in a span named after it (and counted for the reading's report).</summary>
    private ElementNode Generic(XElement e)
    {
        context.Ledger.Generic(e);
        return new ElementNode(e.Name.LocalName, Read(e));
    }

    /// <summary>An index entry's terms, kept hidden (counted as left out: the reading views do not show them).</summary>
    private ElementNode Index(XElement e)
    {
        context.Ledger.Omitted(e);
        return new ElementNode("index", e.Descendants(TeiNames.N("term")).Select(t => (InlineNode)new TextNode(" " + t.Text() + " ")).ToList());
    }

    /// <summary>Counts an element left out on purpose for the reading's report; null, for the rule to say what stands in its place.</summary>
    private InlineNode? Omit(XElement e)
    {
        context.Ledger.Omitted(e);
        return null;
    }

    /// <summary>The element, counted as read by a rule that knows it.</summary>
    private XElement Met(XElement e)
    {
        context.Ledger.Known(e);
        return e;
    }

    /// <summary>A gap's description, read as its text.</summary>
    private string? Description(XElement gap)
    {
        if (gap.Element(TeiNames.N("desc")) is not { } desc)
        {
            return null;
        }

        context.Ledger.KnownWithin(desc);
        return desc.Text() is { Length: > 0 } text ? text : null;
    }

    /// <summary>
    /// A break inside a word, as the TEI marks it (<c>break="no"</c>, or a type such as "hyphenInWord"). An
    /// unmarked break between letters is a word boundary: Edition's own TEI writes a form's lines so.
    /// </summary>
    private static bool InWord(XElement lb) =>
        lb.Attr("break") == "no" || (lb.Attr("break") is null && (lb.Attr("type") ?? "").Contains("InWord", StringComparison.OrdinalIgnoreCase));

    private EntityNode Entity(string kind, XElement e)
    {
        var id = TeiNames.Target(e.Attr("ref") ?? e.Attr("corresp") ?? e.Attr("key"));
        if (id is not null && kind is "person" or "place")
        {
            (kind == "person" ? context.Persons : context.Places).Add(id);
            context.Mentions.Add(new Mention(kind, id, context.CurrentSegment, e.Lang(), e.Text()));
        }

        return new EntityNode(kind, id, Read(e));
    }

    private InlineNode Choice(XElement e)
    {
        foreach (var (original, regular) in new[] { ("sic", "corr"), ("abbr", "expan"), ("orig", "reg") })
        {
            var o = e.Element(TeiNames.N(original));
            var r = e.Element(TeiNames.N(regular));
            if (o is not null || r is not null)
            {
                context.Ledger.KnownAll(o, r);
                return new ChoiceNode(original, o is null ? [] : Read(o), r is null ? [] : Read(r));
            }
        }

        return Generic(e);
    }

    private NoteRefNode Note(XElement e)
    {
        var number = context.Notes.Count + 1;
        var id = e.Id() ?? $"note-{context.NextAnonymous++}";
        var segment = context.CurrentSegment;
        context.Notes.Add(new NoteView(id, number, e.Lang(), e.Attr("type"), Read(e), segment));
        return new NoteRefNode(id, number);
    }

    private AppNode App(XElement e)
    {
        var number = context.Apparatus.Count + 1;
        var id = e.Id() ?? $"app-{context.NextAnonymous++}";
        var lem = e.Element(TeiNames.N("lem"));
        context.Ledger.KnownAll([lem, .. e.Elements(TeiNames.N("rdg"))]);
        var lemma = lem is null ? [] : Read(lem);
        var readings = e.Elements(TeiNames.N("rdg")).Select(r => new ReadingView(TeiNames.Targets(r.Attr("wit")), Read(r))).ToList();
        context.Apparatus.Add(new ApparatusView(id, number, e.Lang(), lemma, TeiNames.Targets(lem?.Attr("wit")), readings, context.CurrentSegment));
        return new AppNode(id, number, lemma);
    }
}
