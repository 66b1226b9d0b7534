using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Source.Markup;
using Edition.Core.Source.Model;
using Edition.Core.Xml;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Encoding;

/// <summary>
/// Encodes one text as a TEI <c>div</c> of its role (original, translation, witness): body paragraphs as aligned
/// <c>p</c>s, and the document's own apparatus as what it is (<c>fw</c>, <c>ab</c>, <c>head</c>, <c>table</c>,
/// <c>closer</c>); where an aligned text has a segment this one lacks by declaration, a <c>gap</c> in its place.
/// </summary>
internal sealed class TextEncoder(EncodingContext context, DocumentText text)
{
    private readonly InlineEncoder _inline = new(context);

    private readonly ILookup<string?, MissingSegment> _gaps = context.Alignment.Gaps(text);

    public XElement Encode() => E("div",
        A("type", text.Role.ToString().ToLowerInvariant()),
        A(XmlLang, text.Language),
        A(XmlId, TeiIds.Div(context.Doc, text.Tag)),
        A("corresp", Counterparts(null)),
        A("n", text.Siglum),
        A("source", text.Siglum is { } siglum ? "#" + TeiIds.Witness(context.Doc, siglum) : null),
        _gaps[null].Select(Gap),
        text.Blocks.SelectMany(Block));

    private IEnumerable<XNode> Block(Block block)
    {
        switch (block)
        {
            case TextBlock t when t.Kind == BlockKind.Plain:
                foreach (var node in _inline.Encode(t.Content))
                {
                    yield return node;
                }

                break;
            case TextBlock t:
                yield return Aligned(E(ElementName(t.Kind), A("type", t.Type), _inline.Encode(t.Content)), t.Key).From(t.Span);
                foreach (var gap in GapsAfter(t.Key))
                {
                    yield return gap;
                }

                break;
            case TableBlock table:
                yield return Aligned(Table(table), table.Key).From(table.Span);
                foreach (var gap in GapsAfter(table.Key))
                {
                    yield return gap;
                }

                break;
            case ContainerBlock container:
                yield return Aligned(E(container.Kind, Children(container)), container.Key).From(container.Span);
                foreach (var gap in GapsAfter(container.Key))
                {
                    yield return gap;
                }

                break;
            case MilestoneBlock milestone:
                foreach (var node in _inline.Encode(milestone.Items))
                {
                    yield return node;
                }

                break;
            case RawTeiBlock raw:
                if (Raw(raw) is { } element)
                {
                    yield return element.From(raw.Span);
                }

                break;
        }
    }

    /// <summary>A container's lines: plain text ends its line with a break, so it does not run into what follows.</summary>
    private IEnumerable<XNode> Children(ContainerBlock container)
    {
        for (var i = 0; i < container.Children.Count; i++)
        {
            foreach (var node in Block(container.Children[i]))
            {
                yield return node;
            }

            if (container.Children[i] is TextBlock { Kind: BlockKind.Plain } plain && i + 1 < container.Children.Count)
            {
                yield return E("lb").From(plain.Span);
            }
        }
    }

    private XElement Table(TableBlock table)
    {
        var columns = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count);
        return E("table",
            A("type", table.Type),
            A("rows", table.Rows.Count.ToString(CultureInfo.InvariantCulture)),
            A("cols", columns.ToString(CultureInfo.InvariantCulture)),
            table.Rows.Select(row => E("row", row.Select(cell => E("cell", _inline.Encode(cell))))));
    }

    /// <summary>A keyed block gets its id and points to the blocks of the same key in the other languages.</summary>
    private XElement Aligned(XElement element, string? key)
    {
        if (key is not null)
        {
            element.SetAttributeValue(XmlId, TeiIds.Segment(context.Doc, text.Tag, key));
            element.SetAttributeValue("corresp", Counterparts(key));
            if (context.IsTranscription && context.Facsimile!.Segment(key) is { } zones)
            {
                element.SetAttributeValue("facs", zones);
            }
        }

        return element;
    }

    /// <summary>The div's (key null) or a segment's counterparts: those of the texts it aligns with that have it or a gap for it.</summary>
    private string? Counterparts(string? key)
    {
        var pointers = context.Aligned
            .Where(other => key is null || context.Alignment.Covers(other, key))
            .Select(other => "#" + (key is null ? TeiIds.Div(context.Doc, other.Tag) : TeiIds.Segment(context.Doc, other.Tag, key)))
            .ToList();
        return pointers.Count == 0 ? null : string.Join(' ', pointers);
    }

    /// <summary>
    /// The segments of aligned texts this text lacks by declaration, after the segment <paramref name="key"/>: each a
    /// <c>gap</c> with the segment's id in this text, aligned like a segment. A reason of one word is its @reason;
    /// a phrase is its <c>desc</c>.
    /// </summary>
    private IEnumerable<XElement> GapsAfter(string? key) => key is null ? [] : _gaps[key].Select(Gap);

    private XElement Gap(MissingSegment missing)
    {
        var reason = missing.OneSided.Reason;
        var word = reason is not null && !reason.Any(char.IsWhiteSpace);
        return Aligned(E("gap",
            A("reason", word ? reason : text.Role == TextRole.Translation ? "untranslated" : "missing"),
            reason is not null && !word ? E("desc", reason) : null), missing.Key).From(context.Alignment.Keys(missing.Source)[missing.Key].Span);
    }

    private static string ElementName(BlockKind kind) => kind switch
    {
        BlockKind.Paragraph => "p",
        BlockKind.Ab => "ab",
        BlockKind.Fw => "fw",
        BlockKind.Head => "head",
        BlockKind.Dateline => "dateline",
        _ => "signed",
    };

    private static readonly string Wrapper = $"<wrapper xmlns=\"{Ns}\">";

    /// <summary>Hand-written TEI: parsed safely, in the TEI namespace unless it names another.</summary>
    private XElement? Raw(RawTeiBlock raw)
    {
        try
        {
            var wrapped = Wrapper + raw.Xml + "</wrapper>";
            var root = SafeXml.Parse(wrapped, tolerateDoctype: false, maxDepth: TextMarkupParser.MaxNestingDepth + 1).Root!;
            var element = root.Elements().SingleOrDefault() ?? throw new XmlException("a raw TEI block must hold exactly one element");
            element.Remove(); // detached, so adding it to the div moves it (keeping its source annotation) instead of copying it
            return element;
        }
        catch (XmlNestingException e)
        {
            context.Diagnostics.Add(SourceDiagnostics.NestingTooDeep.At(At(raw, e), TextMarkupParser.MaxNestingDepth));
            return null;
        }
        catch (XmlException e)
        {
            context.Diagnostics.Add(SourceDiagnostics.RawTeiMalformed.At(raw.Span with { Line = raw.Span.Line + Math.Max(e.LineNumber - 1, 0) }, $"raw TEI is not well-formed: {e.Message}"));
            return null;
        }
    }

    /// <summary>A place in a raw TEI block, from the parser's place in the block wrapped.</summary>
    private static Core.Text.SourceSpan At(RawTeiBlock raw, XmlException e) => e.LineNumber <= 1
        ? raw.Span with { Column = raw.Span.Column + Math.Max(e.LinePosition - Wrapper.Length - 1, 0) }
        : raw.Span with { Line = raw.Span.Line + e.LineNumber - 1, Column = e.LinePosition };
}
