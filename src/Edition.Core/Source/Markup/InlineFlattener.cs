using Edition.Core.Text;
using Markdig.Syntax.Inlines;

namespace Edition.Core.Source.Markup;

/// <summary>Flattens Markdig's inline tree into <see cref="MarkupUnit"/>s, keeping every character's place.</summary>
internal static class InlineFlattener
{
    public static List<MarkupUnit> Flatten(ContainerInline? root, LineMap lines)
    {
        var units = new List<MarkupUnit>();
        if (root is not null)
        {
            Walk(root, lines, units);
        }

        return units;
    }

    private static void Walk(ContainerInline container, LineMap lines, List<MarkupUnit> units)
    {
        foreach (var inline in container)
        {
            var span = lines.At(inline.Span.Start);
            switch (inline)
            {
                case LiteralInline literal:
                    var text = literal.Content.ToString();
                    for (var i = 0; i < text.Length; i++)
                    {
                        var escaped = literal.IsFirstCharacterEscaped && i == 0;
                        units.Add(new MarkupUnit(MarkupUnitKind.Char, text[i], escaped, null, lines.At(literal.Span.Start + i + (literal.IsFirstCharacterEscaped ? 1 : 0))));
                    }

                    break;
                case CodeInline code:
                    foreach (var c in code.Content)
                    {
                        units.Add(new MarkupUnit(MarkupUnitKind.Char, c, true, null, span));
                    }

                    break;
                case Markdig.Syntax.Inlines.LineBreakInline br:
                    units.Add(br.IsHard
                        ? new MarkupUnit(MarkupUnitKind.LineBreak, '\n', false, null, span)
                        : new MarkupUnit(MarkupUnitKind.Char, ' ', false, null, span));
                    break;
                case EmphasisInline em:
                    var style = em.DelimiterCount >= 2 ? "bold" : "italic";
                    units.Add(new MarkupUnit(MarkupUnitKind.StyleOpen, '\0', false, style, span));
                    Walk(em, lines, units);
                    units.Add(new MarkupUnit(MarkupUnitKind.StyleClose, '\0', false, style, lines.At(Math.Max(inline.Span.End, inline.Span.Start))));
                    break;
                case Markdig.Syntax.Inlines.LinkInline link:
                    units.Add(new MarkupUnit(MarkupUnitKind.LinkOpen, '\0', false, link.Url ?? "", span));
                    if (link.IsAutoLink)
                    {
                        foreach (var c in link.Url ?? "")
                        {
                            units.Add(new MarkupUnit(MarkupUnitKind.Char, c, true, null, span));
                        }
                    }
                    else
                    {
                        Walk(link, lines, units);
                    }

                    units.Add(new MarkupUnit(MarkupUnitKind.LinkClose, '\0', false, null, span));
                    break;
                case AutolinkInline auto:
                    units.Add(new MarkupUnit(MarkupUnitKind.LinkOpen, '\0', false, auto.Url, span));
                    foreach (var c in auto.Url)
                    {
                        units.Add(new MarkupUnit(MarkupUnitKind.Char, c, true, null, span));
                    }

                    units.Add(new MarkupUnit(MarkupUnitKind.LinkClose, '\0', false, null, span));
                    break;
                case HtmlInline html:
                    units.Add(RawTag(html.Tag, span));
                    break;
                case HtmlEntityInline entity:
                    foreach (var c in entity.Transcoded.ToString())
                    {
                        units.Add(new MarkupUnit(MarkupUnitKind.Char, c, true, null, span));
                    }

                    break;
                case ContainerInline inner:
                    Walk(inner, lines, units);
                    break;
                default:
                    foreach (var c in inline.ToString() ?? "")
                    {
                        units.Add(new MarkupUnit(MarkupUnitKind.Char, c, true, null, span));
                    }

                    break;
            }
        }
    }

    private static MarkupUnit RawTag(string tag, SourceSpan span)
    {
        var kind = tag.StartsWith("</", StringComparison.Ordinal) ? MarkupUnitKind.RawClose
            : tag.EndsWith("/>", StringComparison.Ordinal) ? MarkupUnitKind.RawEmpty
            : MarkupUnitKind.RawOpen;
        return new MarkupUnit(kind, '\0', false, tag, span);
    }
}
