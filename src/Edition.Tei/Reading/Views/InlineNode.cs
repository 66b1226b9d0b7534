using MemoryPack;
using System.Text.Json.Serialization;

namespace Edition.Tei.Reading.Views;

/// <summary>
/// Inline content of a block, format-neutral: the HTML and LaTeX renderers each turn these into their
/// own markup (and escape all text). A closed family, kept in one file so it reads as one vocabulary.
/// The MemoryPack tags are for the build cache, which keeps what was read from each file (its entries are keyed
/// by the reader's build, so a renumbering is never misread); the JSON names, for cache keys that serialize views.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$node")]
[JsonDerivedType(typeof(TextNode), "text")]
[JsonDerivedType(typeof(StyledNode), "styled")]
[JsonDerivedType(typeof(EntityNode), "entity")]
[JsonDerivedType(typeof(ChoiceNode), "choice")]
[JsonDerivedType(typeof(SicNode), "sic")]
[JsonDerivedType(typeof(SuppliedNode), "supplied")]
[JsonDerivedType(typeof(UnclearNode), "unclear")]
[JsonDerivedType(typeof(GapNode), "gap")]
[JsonDerivedType(typeof(NoteRefNode), "noteref")]
[JsonDerivedType(typeof(AppNode), "app")]
[JsonDerivedType(typeof(LineBreakNode), "linebreak")]
[JsonDerivedType(typeof(PageBreakNode), "pagebreak")]
[JsonDerivedType(typeof(DateNode), "date")]
[JsonDerivedType(typeof(StampNode), "stamp")]
[JsonDerivedType(typeof(LinkNode), "link")]
[JsonDerivedType(typeof(ElementNode), "element")]
[JsonDerivedType(typeof(MathNode), "math")]
[JsonDerivedType(typeof(TexFormulaNode), "tex")]
[JsonDerivedType(typeof(XmlExampleNode), "egxml")]
[JsonDerivedType(typeof(FigureNode), "figure")]
[JsonDerivedType(typeof(DeletionNode), "del")]
[JsonDerivedType(typeof(AdditionNode), "add")]
[JsonDerivedType(typeof(SubstitutionNode), "subst")]
[JsonDerivedType(typeof(HandShiftNode), "handshift")]
[JsonDerivedType(typeof(DamageNode), "damage")]
[JsonDerivedType(typeof(SpaceNode), "space")]
[JsonDerivedType(typeof(RestoreNode), "restore")]
[JsonDerivedType(typeof(RetraceNode), "retrace")]
[MemoryPackable]
[MemoryPackUnion(0, typeof(TextNode))]
[MemoryPackUnion(1, typeof(StyledNode))]
[MemoryPackUnion(2, typeof(EntityNode))]
[MemoryPackUnion(3, typeof(ChoiceNode))]
[MemoryPackUnion(4, typeof(SicNode))]
[MemoryPackUnion(5, typeof(SuppliedNode))]
[MemoryPackUnion(6, typeof(UnclearNode))]
[MemoryPackUnion(7, typeof(GapNode))]
[MemoryPackUnion(8, typeof(NoteRefNode))]
[MemoryPackUnion(9, typeof(AppNode))]
[MemoryPackUnion(10, typeof(LineBreakNode))]
[MemoryPackUnion(11, typeof(PageBreakNode))]
[MemoryPackUnion(12, typeof(DateNode))]
[MemoryPackUnion(13, typeof(StampNode))]
[MemoryPackUnion(14, typeof(LinkNode))]
[MemoryPackUnion(15, typeof(ElementNode))]
[MemoryPackUnion(16, typeof(MathNode))]
[MemoryPackUnion(18, typeof(TexFormulaNode))]
[MemoryPackUnion(19, typeof(XmlExampleNode))]
[MemoryPackUnion(17, typeof(FigureNode))]
[MemoryPackUnion(20, typeof(DeletionNode))]
[MemoryPackUnion(21, typeof(AdditionNode))]
[MemoryPackUnion(22, typeof(SubstitutionNode))]
[MemoryPackUnion(23, typeof(HandShiftNode))]
[MemoryPackUnion(24, typeof(DamageNode))]
[MemoryPackUnion(25, typeof(SpaceNode))]
[MemoryPackUnion(26, typeof(RestoreNode))]
[MemoryPackUnion(27, typeof(RetraceNode))]
public abstract partial record InlineNode;

/// <summary>Plain text, unescaped: every renderer escapes it for its format.</summary>
[MemoryPackable]
public sealed partial record TextNode(string Text) : InlineNode;

/// <summary>Rendition: italic, bold, letter-spacing, underline, superscript… (TEI <c>hi/@rend</c>, <c>emph</c>, <c>foreign</c>).</summary>
[MemoryPackable]
public sealed partial record StyledNode(string Rend, IReadOnlyList<InlineNode> Children, string? Lang = null) : InlineNode;

/// <summary>A name linked to the edition's index: <c>Kind</c> is person, place or org; <c>RefId</c> the list entry's id.</summary>
[MemoryPackable]
public sealed partial record EntityNode(string Kind, string? RefId, IReadOnlyList<InlineNode> Children) : InlineNode;

/// <summary>
/// An editorial choice: <c>Kind</c> is sic (Original = sic, Regular = corr), abbr (abbr/expan) or orig (orig/reg).
/// The diplomatic view shows Original, the reading view Regular.
/// </summary>
[MemoryPackable]
public sealed partial record ChoiceNode(string Kind, IReadOnlyList<InlineNode> Original, IReadOnlyList<InlineNode> Regular) : InlineNode;

/// <summary>Text marked as erroneous with no correction offered (<c>sic</c> alone).</summary>
[MemoryPackable]
public sealed partial record SicNode(IReadOnlyList<InlineNode> Children) : InlineNode;

/// <summary>Text supplied by an editor or translator, shown in square brackets.</summary>
[MemoryPackable]
public sealed partial record SuppliedNode(IReadOnlyList<InlineNode> Children, string? Reason, string? Resp) : InlineNode;

[MemoryPackable]
public sealed partial record UnclearNode(IReadOnlyList<InlineNode> Children, string? Reason) : InlineNode;

/// <summary>Omitted or illegible text; <c>Description</c> is the gap's own <c>desc</c> ("illegible").</summary>
[MemoryPackable]
public sealed partial record GapNode(string? Reason, string? Quantity, string? Unit) : InlineNode
{
    public string? Description { get; init; }
}

/// <summary>The place of an editorial note; the note itself is in <see cref="DocumentView.Notes"/>.</summary>
[MemoryPackable]
public sealed partial record NoteRefNode(string NoteId, int Number) : InlineNode;

/// <summary>An apparatus entry in the text: the lemma is shown; the readings are in <see cref="DocumentView.Apparatus"/>.</summary>
[MemoryPackable]
public sealed partial record AppNode(string AppId, int Number, IReadOnlyList<InlineNode> Lemma) : InlineNode;

/// <summary>A line break; <c>InWord</c> when it falls inside a word (TEI <c>break="no"</c>): the reading view joins the word.</summary>
[MemoryPackable]
public sealed partial record LineBreakNode : InlineNode
{
    public bool InWord { get; init; }
}

/// <summary>A page or folio break inside a block; <c>Id</c> is its xml:id, a link target (FRUS <c>#pg_12</c>).</summary>
[MemoryPackable]
public sealed partial record PageBreakNode(string? N) : InlineNode
{
    public string? Id { get; init; }

    /// <summary>The surface of the page image this page break begins (its id, from @facs), if any.</summary>
    public string? Facs { get; init; }
}

[MemoryPackable]
public sealed partial record DateNode(string? When, IReadOnlyList<InlineNode> Children) : InlineNode;

[MemoryPackable]
public sealed partial record StampNode(IReadOnlyList<InlineNode> Children) : InlineNode;

[MemoryPackable]
public sealed partial record LinkNode(string Url, IReadOnlyList<InlineNode> Children) : InlineNode;

/// <summary>Any other TEI element: its content is shown, its name kept for styling.</summary>
[MemoryPackable]
public sealed partial record ElementNode(string Name, IReadOnlyList<InlineNode> Children) : InlineNode;

/// <summary>
/// A MathML element (TEI <c>formula</c> holds them), kept as MathML for the site (Chromium renders MathML Core);
/// its children are text and further MathML elements. Renderers keep only MathML names and attributes.
/// </summary>
[MemoryPackable]
public sealed partial record MathNode(string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes, IReadOnlyList<InlineNode> Children) : InlineNode;

/// <summary>
/// A formula in TeX notation (TEI <c>formula</c> with @notation TeX or LaTeX), kept as its source: the site typesets
/// it in the browser, the print edition only when it keeps to a safe subset of math. <c>Line</c> and <c>Column</c>
/// are its place in the TEI file (0 when unknown), where a formula the print edition cannot take is reported.
/// </summary>
[MemoryPackable]
public sealed partial record TexFormulaNode(string Tex, bool Display) : InlineNode
{
    public int Line { get; init; }
    public int Column { get; init; }
}

/// <summary>
/// An example of XML (TEI <c>egXML</c>, in the Examples namespace) as its markup's tokens, to be shown as code, never
/// interpreted; <c>Display</c> when it stands as a block of its own.
/// </summary>
[MemoryPackable]
public sealed partial record XmlExampleNode(IReadOnlyList<XmlToken> Tokens, bool Display) : InlineNode;
/// A figure (TEI <c>figure</c>) or a lone <c>graphic</c>: its images, its caption (the figure's <c>head</c>), the
/// description of what the images show (<c>figDesc</c>, the site's alt text) and, met inside a paragraph, the rest
/// of its content. A figure among blocks is a <see cref="BlockView"/> of kind figure holding this node alone, its
/// other content as the block's children.
/// </summary>
[MemoryPackable]
public sealed partial record FigureNode(IReadOnlyList<GraphicView> Graphics, IReadOnlyList<InlineNode> Caption) : InlineNode
{
    public string? Description { get; init; }

    /// <summary>What else the figure holds (paragraphs, nested figures), read as phrases when the figure stands in one.</summary>
    public IReadOnlyList<InlineNode> Content { get; init; } = [];
}

/// <summary>
/// Text the manuscript deletes (TEI <c>del</c>): <c>Rend</c> says how (strikethrough, overwritten, erased…), <c>Hand</c>
/// is the description of the hand that deleted it. The diplomatic view shows it struck; the reading view leaves it out.
/// </summary>
[MemoryPackable]
public sealed partial record DeletionNode(IReadOnlyList<InlineNode> Children, string? Rend) : InlineNode
{
    public string? Hand { get; init; }
}

/// <summary>
/// Text the manuscript adds (TEI <c>add</c>): <c>Place</c> says where it was written (above, below, margin…). The
/// diplomatic view marks it; the reading view reads it in line.
/// </summary>
[MemoryPackable]
public sealed partial record AdditionNode(IReadOnlyList<InlineNode> Children, string? Place) : InlineNode
{
    public string? Hand { get; init; }
}

/// <summary>A deletion and the addition that replaces it (TEI <c>subst</c>): its children are those nodes.</summary>
[MemoryPackable]
public sealed partial record SubstitutionNode(IReadOnlyList<InlineNode> Children) : InlineNode
{
    public string? Hand { get; init; }
}

/// <summary>Another hand begins here (TEI <c>handShift</c>): <c>Description</c> is its <c>handNote</c>, else its pointer.</summary>
[MemoryPackable]
public sealed partial record HandShiftNode(string? HandId, string? Description) : InlineNode;

/// <summary>Text on a damaged part of the manuscript (TEI <c>damage</c>), with what damaged it and how much.</summary>
[MemoryPackable]
public sealed partial record DamageNode(IReadOnlyList<InlineNode> Children, string? Agent, string? Extent) : InlineNode;

/// <summary>A space the writer left (TEI <c>space</c>): a quantity of units, or an extent in words.</summary>
[MemoryPackable]
public sealed partial record SpaceNode(string? Quantity, string? Unit, string? Extent) : InlineNode;

/// <summary>Text restored by cancelling a deletion (TEI <c>restore</c>): its deletion is read as the text.</summary>
[MemoryPackable]
public sealed partial record RestoreNode(IReadOnlyList<InlineNode> Children) : InlineNode;

/// <summary>Text written over again by the same or another hand (TEI <c>retrace</c>).</summary>
[MemoryPackable]
public sealed partial record RetraceNode(IReadOnlyList<InlineNode> Children) : InlineNode
{
    public string? Hand { get; init; }
}
