using System.Xml.Linq;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>Reads the blocks of a text division (and of closers, nested divisions, lists) into <see cref="BlockView"/>s.</summary>
internal sealed class BlockReader(ReadingContext context, string keyPrefix)
{
    private static readonly HashSet<string> TextBlocks = new(StringComparer.Ordinal)
    {
        "p", "ab", "fw", "head", "dateline", "signed", "salute", "byline", "docAuthor", "docDate", "trailer", "l", "item", "label", "bibl", "quote", "q", "argument",
        "titlePart", "docEdition", "docImprint", "imprimatur", "speaker", "stage", "role", "roleDesc", "actor", "line", "u", "figDesc", "desc", "caption", "biblStruct",
        "form", "def", "said", "incident", "kinesic", "vocal", "writing", "move", "view", "camera", "sound", "tech",
    };

    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "closer", "opener", "postscript", "div", "lg", "list", "floatingText", "body", "back", "front", "epigraph", "listBibl", "cit", "figure", "sp",
        "group", "text", "titlePage", "docTitle", "castList", "castGroup", "castItem", "spGrp", "set", "prologue", "epilogue", "performance",
        "div1", "div2", "div3", "div4", "div5", "div6", "div7", "sourceDoc", "surfaceGrp", "surface", "zone", "listApp", "listWit", "entry", "sense",
        "forest", "listForest", "eTree", "eLeaf", "tree", "triangle", "listPerson", "listPlace", "listOrg", "listEvent", "listNym", "superEntry", "annotationBlock", "spanGrp", "transcriptionDesc",
    };

    // Phrase-level elements that stand among blocks (FRUS: <item><hi>United States:</hi><list>…): read as text,
    // not as an ab of their name, which would lose their styling and tone them down as the form's apparatus.
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "hi", "emph", "foreign", "distinct", "mentioned", "soCalled", "term", "gloss", "title", "name", "persName", "placeName",
        "orgName", "geogName", "roleName", "rs", "date", "time", "num", "measure", "ref", "ptr", "choice", "sic", "corr", "abbr",
        "expan", "orig", "reg", "supplied", "unclear", "add", "del", "seg", "w", "stamp", "idno", "app",
    };

    private readonly InlineReader _inline = new(context);

    public List<BlockView> Read(XElement division) => Read(division.Nodes());

    private List<BlockView> Read(IEnumerable<XNode> nodes) => nodes.SelectMany(ReadNode).ToList();

    /// <summary>The element itself as a block (a container keeps its name as its kind: front, back, sourceDoc…).</summary>
    public List<BlockView> ReadElement(XElement element) => ReadNode(element).ToList();

    public IEnumerable<BlockView> ReadNode(XNode node)
    {
        if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
        {
            // Loose text in a container (e.g. a closer's certification line).
            yield return new BlockView { Kind = "text", Lang = text.Parent?.Lang() ?? "", Inlines = _inline.Read([text]) };
            yield break;
        }

        if (node is not XElement e)
        {
            yield break;
        }

        if (XmlExampleReader.IsExample(e))
        {
            context.Ledger.KnownWithin(e);
            yield return Block(e, "egXML") with { Inlines = [XmlExampleReader.Read(e, display: true)] };
            yield break;
        }

        if (TranslationLinks.IsLinkGroup(e))
        {
            context.Ledger.KnownWithin(e); // the alignment it declares is how it is shown
            yield break;
        }

        if (e.Name.Namespace != Encoding.Tei.Ns)
        {
            // A customisation's own container (FRUS's frus:attachment holds whole enclosures, notes and all) keeps its TEI content.
            context.Ledger.Generic(e);
            yield return Block(e, "div") with { Type = e.Name.LocalName, Children = Read(e) };
            yield break;
        }

        var name = e.Name.LocalName;
        context.Ledger.Known(e);
        context.CurrentSegment = e.Id() ?? context.CurrentSegment;
        if (TexFormulaReader.IsTex(e))
        {
            context.Ledger.KnownWithin(e);
            yield return Block(e, "formula") with { Inlines = [TexFormulaReader.Read(e, block: true)] };
        }
        else if (FigureReader.IsFigure(e))
        {
            // Its images and caption as one node; whatever else it holds (paragraphs, nested figures) as its blocks.
            yield return Block(e, "figure") with { Inlines = [_inline.Figure(e, withContent: false)], Children = Read(FigureReader.Rest(e)) };
        }
        else if (TextBlocks.Contains(name) && !HasBlockChildren(e))
        {
            yield return Block(e, name) with { Inlines = Trim(_inline.Read(e)) };
        }
        else if (name == "table")
        {
            context.Ledger.KnownAll([e.Element(TeiNames.N("head")), .. e.Elements(TeiNames.N("row")), .. e.Elements(TeiNames.N("row")).Elements(TeiNames.N("cell"))]);
            yield return Block(e, name) with
            {
                Inlines = e.Element(TeiNames.N("head")) is { } caption ? Trim(_inline.Read(caption)) : [],
                Rows = e.Elements(TeiNames.N("row")).Select(r => (IReadOnlyList<IReadOnlyList<InlineNode>>)r.Elements(TeiNames.N("cell")).Select(c => (IReadOnlyList<InlineNode>)Trim(_inline.Read(c))).ToList()).ToList(),
                HeaderRows = e.Elements(TeiNames.N("row")).TakeWhile(r => r.Attr("role") == "label").Count(),
            };
        }
        else if (name == "pb")
        {
            yield return Block(e, name) with { N = e.Attr("n") };
        }
        else if (name is "gap" or "note" or "lb" or "milestone" or "anchor")
        {
            var inlines = _inline.Read([e]);
            if (inlines.Count > 0)
            {
                yield return Block(e, name) with { Inlines = inlines };
            }
        }
        else if (Containers.Contains(name) || HasBlockChildren(e))
        {
            if (!Containers.Contains(name) && !TextBlocks.Contains(name))
            {
                context.Ledger.Generic(e);
            }

            yield return Block(e, name) with { Children = Read(e) };
        }
        else if (Phrases.Contains(name))
        {
            var inlines = Trim(_inline.Read([e]));
            if (inlines.Count > 0)
            {
                yield return Block(e, "text") with { Type = null, Inlines = inlines };
            }
        }
        else
        {
            context.Ledger.Generic(e);
            yield return Block(e, "ab") with { Type = name, Inlines = Trim(_inline.Read(e)) };
        }
    }

    private BlockView Block(XElement e, string kind)
    {
        var id = e.Id();
        var counterparts = Counterparts(e, id);
        return new BlockView
        {
            Kind = kind,
            Type = e.Attr("type"),
            Id = id,
            Key = id is null || counterparts.Count == 0 ? null : id.StartsWith(keyPrefix, StringComparison.Ordinal) ? id[keyPrefix.Length..] : id,
            Counterparts = counterparts,
            Lang = e.Lang(),
            Facs = TeiNames.Targets(e.Attr("facs")),
        };
    }

    /// <summary>What @corresp names, then what a translation link pairs the block with.</summary>
    private IReadOnlyList<string> Counterparts(XElement e, string? id)
    {
        var corresp = TeiNames.Targets(e.Attr("corresp"));
        return id is not null && context.TranslationLinks.TryGetValue(id, out var linked) ? corresp.Concat(linked).Distinct(StringComparer.Ordinal).ToList() : corresp;
    }

    private static bool HasBlockChildren(XElement e) =>
        e.Elements().Any(c => c.Name.LocalName is "p" or "ab" or "div" or "lg" or "list" or "table" or "closer" or "opener" or "head" or "signed" or "dateline" or "quote" && c.Parent?.Name.LocalName is not ("p" or "ab" or "head"));

    /// <summary>Folded whitespace at a block's edges is layout, not text.</summary>
    private static List<InlineNode> Trim(List<InlineNode> inlines)
    {
        if (inlines.Count > 0 && inlines[0] is TextNode first)
        {
            inlines[0] = first with { Text = first.Text.TrimStart() };
        }

        if (inlines.Count > 0 && inlines[^1] is TextNode last)
        {
            inlines[^1] = last with { Text = last.Text.TrimEnd() };
        }

        inlines.RemoveAll(i => i is TextNode { Text.Length: 0 });
        return inlines;
    }
}
