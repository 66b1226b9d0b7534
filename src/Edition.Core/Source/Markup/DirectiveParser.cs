using System.Text;
using System.Text.RegularExpressions;
using Edition.Core.Diagnostics;
using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>
/// Reads the brace language over a block's flattened inline stream. Errors are recorded and parsing goes
/// on (an unknown directive still yields its content), so one run reports every problem of a file.
/// </summary>
/// <param name="outerDepth">How deep the block is nested already (in containers): it counts towards the limit.</param>
internal sealed partial class DirectiveParser(List<MarkupUnit> units, List<Diagnostic> diagnostics, SourceSpan blockSpan, int outerDepth = 0)
{
    [Flags]
    private enum Stop
    {
        None = 0,
        Brace = 1,
        Pipe = 2,
        StyleClose = 4,
        LinkClose = 8,
        RawClose = 16,
    }

    private const int MaxDepth = TextMarkupParser.MaxNestingDepth;

    private int _pos;
    private int _depth = outerDepth;

    public List<Inline> ParseAll()
    {
        try
        {
            return ParseSequence(Stop.None, blockSpan);
        }
        catch (NestingTooDeep e)
        {
            // One finding for the paragraph, whose content is left out: what is inside cannot be read.
            diagnostics.Add(SourceDiagnostics.NestingTooDeep.At(e.Span, MaxDepth));
            return [];
        }
    }

    /// <param name="opened">Where what this sequence is the content of was opened: the place of a finding if it is one level too deep.</param>
    private List<Inline> ParseSequence(Stop stop, SourceSpan opened)
    {
        if (++_depth > MaxDepth + 1)
        {
            throw new NestingTooDeep(opened);
        }

        try
        {
            return ParseSequenceAtDepth(stop);
        }
        finally
        {
            _depth--;
        }
    }

    private List<Inline> ParseSequenceAtDepth(Stop stop)
    {
        var result = new List<Inline>();
        var text = new StringBuilder();
        SourceSpan textSpan = default;

        while (_pos < units.Count)
        {
            var unit = units[_pos];
            if ((stop.HasFlag(Stop.Brace) && unit.IsChar('}')) || (stop.HasFlag(Stop.Pipe) && unit.IsChar('|'))
                || (stop.HasFlag(Stop.StyleClose) && unit.Kind == MarkupUnitKind.StyleClose)
                || (stop.HasFlag(Stop.LinkClose) && unit.Kind == MarkupUnitKind.LinkClose)
                || (stop.HasFlag(Stop.RawClose) && unit.Kind == MarkupUnitKind.RawClose))
            {
                break;
            }

            if (unit.Kind == MarkupUnitKind.Char && !unit.IsChar('{'))
            {
                if (unit.IsChar('}'))
                {
                    diagnostics.Add(SourceDiagnostics.UnbalancedBrace.At(unit.Span, "'}' without a matching '{' (write '\\}' for a literal brace)"));
                }

                if (text.Length == 0)
                {
                    textSpan = unit.Span;
                }

                text.Append(unit.Char);
                _pos++;
                continue;
            }

            Flush();
            switch (unit.Kind)
            {
                case MarkupUnitKind.Char:
                    result.Add(ParseDirective());
                    break;
                case MarkupUnitKind.LineBreak:
                    result.Add(new LineBreakInline(unit.Span));
                    _pos++;
                    break;
                case MarkupUnitKind.StyleOpen:
                    _pos++;
                    var styled = ParseSequence(Stop.StyleClose, unit.Span);
                    Expect(MarkupUnitKind.StyleClose, unit.Span, "emphasis");
                    result.Add(new StyledInline(unit.Value!, styled, unit.Span));
                    break;
                case MarkupUnitKind.LinkOpen:
                    _pos++;
                    var linked = ParseSequence(Stop.LinkClose, unit.Span);
                    Expect(MarkupUnitKind.LinkClose, unit.Span, "link");
                    result.Add(new LinkInline(unit.Value!, linked, unit.Span));
                    break;
                case MarkupUnitKind.RawOpen or MarkupUnitKind.RawEmpty:
                    result.Add(ParseRaw(unit));
                    break;
                default:
                    diagnostics.Add(SourceDiagnostics.RawTeiMalformed.At(unit.Span, $"unexpected {Describe(unit)}: an inline element or directive opened before it is not closed"));
                    _pos++;
                    break;
            }
        }

        Flush();
        return result;

        void Flush()
        {
            if (text.Length > 0)
            {
                result.Add(new TextInline(text.ToString(), textSpan));
                text.Clear();
            }
        }
    }

    private Inline ParseDirective()
    {
        var open = units[_pos].Span;
        _pos++;
        var header = new StringBuilder();
        var hasContent = false;
        while (true)
        {
            if (_pos >= units.Count)
            {
                diagnostics.Add(SourceDiagnostics.UnbalancedBrace.At(open, "unclosed directive: '{' has no matching '}'"));
                return new TextInline("{" + header, open);
            }

            var unit = units[_pos];
            if (unit.IsChar('}'))
            {
                _pos++;
                break;
            }

            if (unit.IsChar(':') && (_pos + 1 >= units.Count || units[_pos + 1].Kind == MarkupUnitKind.LineBreak || (units[_pos + 1].Kind == MarkupUnitKind.Char && char.IsWhiteSpace(units[_pos + 1].Char))))
            {
                _pos += _pos + 1 < units.Count && units[_pos + 1].Kind == MarkupUnitKind.Char ? 2 : 1;
                hasContent = true;
                break;
            }

            if (unit.Kind != MarkupUnitKind.Char || unit.IsChar('{'))
            {
                diagnostics.Add(SourceDiagnostics.MalformedDirective.At(unit.Span, $"malformed directive '{{{header}': expected '}}' or ': ' after the name and arguments, as in {{person stalin: Сталину}}"));
                return new TextInline("{" + header, open);
            }

            header.Append(unit.Char);
            _pos++;
        }

        var parsed = DirectiveHeader.Parse(header.ToString(), out var error);
        if (parsed is null)
        {
            diagnostics.Add(SourceDiagnostics.MalformedDirective.At(open, $"malformed directive '{{{header}}}': {error}"));
            return new TextInline("", open);
        }

        if (parsed.Name != "#" && !DirectiveNames.Inline.Contains(parsed.Name) && !DirectiveNames.Block.Contains(parsed.Name))
        {
            diagnostics.Add(SourceDiagnostics.UnknownDirective.At(open, parsed.Name, DirectiveNames.KnownList));
        }

        var parts = hasContent ? ParseParts(parsed.Name, open) : [];
        return new DirectiveInline(parsed.Name, parsed.Args, parsed.Named, parts, open);
    }

    private List<DirectivePart> ParseParts(string name, SourceSpan open)
    {
        var withParts = DirectiveNames.WithParts.Contains(name);
        var parts = new List<DirectivePart>();
        while (true)
        {
            var start = _pos < units.Count ? units[_pos].Span : open;
            var content = ParseSequence(withParts ? Stop.Brace | Stop.Pipe : Stop.Brace, open);
            var label = parts.Count > 0 ? TakeLabel(content) : null;
            parts.Add(new DirectivePart(label, Trim(content), start));
            if (_pos >= units.Count)
            {
                diagnostics.Add(SourceDiagnostics.UnbalancedBrace.At(open, $"unclosed directive '{name}': '{{' has no matching '}}'"));
                return parts;
            }

            var closing = units[_pos];
            _pos++;
            if (closing.IsChar('}'))
            {
                return parts;
            }
        }
    }

    /// <summary>A part after the first may start with <c>label: </c> (<c>corr: </c>, a witness siglum).</summary>
    private static string? TakeLabel(List<Inline> content)
    {
        if (content.Count == 0 || content[0] is not TextInline first)
        {
            return null;
        }

        var m = LabelPattern().Match(first.Text);
        if (!m.Success)
        {
            return null;
        }

        content[0] = first with { Text = first.Text[m.Length..] };
        return m.Groups[1].Value.Trim();
    }

    private static List<Inline> Trim(List<Inline> content)
    {
        if (content.Count > 0 && content[0] is TextInline head)
        {
            content[0] = head with { Text = head.Text.TrimStart() };
        }

        if (content.Count > 0 && content[^1] is TextInline tail)
        {
            content[^1] = tail with { Text = tail.Text.TrimEnd() };
        }

        content.RemoveAll(i => i is TextInline { Text.Length: 0 });
        return content;
    }

    private Inline ParseRaw(MarkupUnit unit)
    {
        _pos++;
        var m = TagPattern().Match(unit.Value!);
        if (!m.Success)
        {
            diagnostics.Add(SourceDiagnostics.RawTeiMalformed.At(unit.Span, $"cannot read the inline TEI tag '{unit.Value}'"));
            return new TextInline("", unit.Span);
        }

        var name = m.Groups[1].Value;
        var attributes = AttributePattern().Matches(m.Groups[2].Value)
            .Select(a => new KeyValuePair<string, string>(a.Groups[1].Value, System.Net.WebUtility.HtmlDecode(a.Groups[3].Success ? a.Groups[3].Value : a.Groups[4].Value)))
            .ToList();
        if (unit.Kind == MarkupUnitKind.RawEmpty)
        {
            return new RawElementInline(name, attributes, [], unit.Span);
        }

        var children = ParseSequence(Stop.RawClose, unit.Span);
        if (_pos < units.Count && units[_pos].Value is { } close && close.Trim('<', '>', '/', ' ') == name)
        {
            _pos++;
        }
        else
        {
            diagnostics.Add(SourceDiagnostics.RawTeiMalformed.At(unit.Span, $"inline TEI element <{name}> is not closed by </{name}> in the same paragraph"));
            if (_pos < units.Count)
            {
                _pos++;
            }
        }

        return new RawElementInline(name, attributes, children, unit.Span);
    }

    private void Expect(MarkupUnitKind kind, SourceSpan open, string what)
    {
        if (_pos < units.Count && units[_pos].Kind == kind)
        {
            _pos++;
            return;
        }

        diagnostics.Add(SourceDiagnostics.UnbalancedBrace.At(_pos < units.Count ? units[_pos].Span : blockSpan, $"{what} opened at line {open.Line} crosses a directive boundary: close the directive inside it, or open it inside the directive"));
    }

    private static string Describe(MarkupUnit unit) => unit.Kind switch
    {
        MarkupUnitKind.StyleClose => "end of emphasis",
        MarkupUnitKind.LinkClose => "end of link",
        MarkupUnitKind.RawClose => $"closing tag {unit.Value}",
        _ => unit.Kind.ToString(),
    };

    /// <summary>Unwinds the parse of a paragraph nested too deeply, from the innermost level to <see cref="ParseAll"/>.</summary>
    private sealed class NestingTooDeep(SourceSpan span) : Exception
    {
        public SourceSpan Span { get; } = span;
    }

    [GeneratedRegex(@"^\s*([^\s:{}|][^:{}|]*?):\s")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^</?([A-Za-z_][\w.\-]*(?::[\w.\-]+)?)((?:\s+[\w.:\-]+\s*=\s*(?:""[^""]*""|'[^']*'))*)\s*/?>$")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"([\w.:\-]+)\s*=\s*(""([^""]*)""|'([^']*)')")]
    private static partial Regex AttributePattern();
}
