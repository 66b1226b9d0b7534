using Edition.Core.Text;
using Markdig.Syntax.Inlines;

namespace Edition.Core.Source.Markup;

/// <summary>Flattens Markdig's inline tree into <see cref="MarkupUnit"/>s, keeping every character's place.</summary>
internal static class InlineFlattener
{
    public static List<MarkupUnit> Flatten(ContainerInline? root, LineMap lines)
    {
        var units = new List<MarkupUnit>();
        if (root is null)
        {
            return units;
        }

        // An explicit stack, not recursion: Markdig nests inline containers (each unclosed '[' among them) thousands deep.
        // A frame is the next sibling to flatten and what closes their container once they are done.
        var stack = new Stack<(Markdig.Syntax.Inlines.Inline? Next, MarkupUnit? Close)>();
        stack.Push((root.FirstChild, null));
        while (stack.TryPop(out var frame))
        {
            if (frame.Next is not { } inline)
            {
                if (frame.Close is { } close)
                {
                    units.Add(close);
                }

                continue;
            }

            stack.Push((inline.NextSibling, frame.Close));
            if (Flatten(inline, lines, units) is { Inner: var inner, Close: var closing })
            {
                stack.Push((inner.FirstChild, closing));
            }
        }

        return units;
    }

    /// <summary>Adds an inline's units, or for a container its opening mark: the container's children and closing mark are for the caller to add.</summary>
    private static (ContainerInline Inner, MarkupUnit? Close)? Flatten(Markdig.Syntax.Inlines.Inline inline, LineMap lines, List<MarkupUnit> units)
    {
        var span = lines.At(inline.Span.Start);
        switch (inline)
        {
            case LiteralInline literal:
                Literal(literal, lines, units);
                break;
            case CodeInline code:
                Verbatim(code.Content.ToString(), span, units);
                break;
            case Markdig.Syntax.Inlines.LineBreakInline br:
                units.Add(br.IsHard
                    ? new MarkupUnit(MarkupUnitKind.LineBreak, '\n', false, null, span)
                    : new MarkupUnit(MarkupUnitKind.Char, ' ', false, null, span));
                break;
            case EmphasisInline em:
                var style = em.DelimiterCount >= 2 ? "bold" : "italic";
                units.Add(Mark(MarkupUnitKind.StyleOpen, style, span));
                return (em, Mark(MarkupUnitKind.StyleClose, style, lines.At(Math.Max(inline.Span.End, inline.Span.Start))));
            case Markdig.Syntax.Inlines.LinkInline link:
                units.Add(Mark(MarkupUnitKind.LinkOpen, link.Url ?? "", span));
                if (!link.IsAutoLink)
                {
                    return (link, Mark(MarkupUnitKind.LinkClose, null, span));
                }

                Verbatim(link.Url ?? "", span, units);
                units.Add(Mark(MarkupUnitKind.LinkClose, null, span));
                break;
            case AutolinkInline auto:
                units.Add(Mark(MarkupUnitKind.LinkOpen, auto.Url, span));
                Verbatim(auto.Url, span, units);
                units.Add(Mark(MarkupUnitKind.LinkClose, null, span));
                break;
            case HtmlInline html:
                units.Add(RawTag(html.Tag, span));
                break;
            case HtmlEntityInline entity:
                Verbatim(entity.Transcoded.ToString(), span, units);
                break;
            case DelimiterInline delimiter:
                // A delimiter nothing closed ('[' without its ']'): its text, then what followed it.
                foreach (var c in delimiter.ToLiteral())
                {
                    units.Add(new MarkupUnit(MarkupUnitKind.Char, c, false, null, span));
                }

                return (delimiter, null);
            case ContainerInline inner:
                return (inner, null);
            default:
                Verbatim(inline.ToString() ?? "", span, units);
                break;
        }

        return null;
    }

    /// <summary>Each character at its own place; an escaped first character's place is after its backslash.</summary>
    private static void Literal(LiteralInline literal, LineMap lines, List<MarkupUnit> units)
    {
        var text = literal.Content.ToString();
        for (var i = 0; i < text.Length; i++)
        {
            var escaped = literal.IsFirstCharacterEscaped && i == 0;
            units.Add(new MarkupUnit(MarkupUnitKind.Char, text[i], escaped, null, lines.At(literal.Span.Start + i + (literal.IsFirstCharacterEscaped ? 1 : 0))));
        }
    }

    /// <summary>Text taken as it stands (code, URLs, entities): escaped, so no directive is read into it.</summary>
    private static void Verbatim(string text, SourceSpan span, List<MarkupUnit> units)
    {
        foreach (var c in text)
        {
            units.Add(new MarkupUnit(MarkupUnitKind.Char, c, true, null, span));
        }
    }

    private static MarkupUnit Mark(MarkupUnitKind kind, string? value, SourceSpan span) => new(kind, '\0', false, value, span);

    private static MarkupUnit RawTag(string tag, SourceSpan span)
    {
        var kind = tag.StartsWith("</", StringComparison.Ordinal) ? MarkupUnitKind.RawClose
            : tag.EndsWith("/>", StringComparison.Ordinal) ? MarkupUnitKind.RawEmpty
            : MarkupUnitKind.RawOpen;
        return new MarkupUnit(kind, '\0', false, tag, span);
    }
}
