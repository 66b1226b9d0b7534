using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using SourceSpan = Edition.Core.Text.SourceSpan;

namespace Edition.Core.Source.Markup;

/// <summary>
/// Parses a document text (<c>original.ru.md</c>): Markdig reads the Markdown, the brace directives are
/// read over Markdig's inline output.
/// </summary>
public static class TextMarkupParser
{
    /// <summary>
    /// The deepest nesting of containers, directives, emphasis, links and inline or raw TEI inside one another that a
    /// text may hold. Each level becomes at most two TEI elements, so the TEI stays within <see cref="Xml.SafeXml.MaxDepth"/>.
    /// </summary>
    public const int MaxNestingDepth = 25;

    public static IReadOnlyList<Block> Parse(string file, string text, List<Diagnostic> diagnostics)
    {
        var lines = new LineMap(file, text);
        if (MarkdownReader.Read(file, text, diagnostics) is not { } document)
        {
            return [];
        }

        var blocks = new List<Block>();
        foreach (var block in document)
        {
            if (ReadBlock(block, lines, diagnostics, containers: 0) is { } b)
            {
                blocks.Add(b);
            }
        }

        return blocks;
    }

    /// <param name="containers">How many containers (<c>::: closer</c>) hold the block: they count towards its nesting.</param>
    private static Block? ReadBlock(Markdig.Syntax.Block block, LineMap lines, List<Diagnostic> diagnostics, int containers)
    {
        var span = lines.At(block.Span.Start);
        switch (block)
        {
            case ParagraphBlock paragraph:
                return ReadParagraph(Inlines(paragraph, lines, diagnostics, span, containers), span, diagnostics, containers > 0);
            case HeadingBlock heading:
                return new TextBlock(BlockKind.Head, null, null, Inlines(heading, lines, diagnostics, span, containers), span);
            case Table table:
                return new TableBlock(null, null, ReadRows(table, lines, diagnostics, containers), span);
            case CustomContainer container when containers >= MaxNestingDepth:
                diagnostics.Add(SourceDiagnostics.NestingTooDeep.At(span, MaxNestingDepth));
                return null;
            case CustomContainer container:
                return ReadContainer(container, lines, diagnostics, span, containers + 1);
            case HtmlBlock html:
                return new RawTeiBlock(html.Lines.ToString(), span);
            default:
                diagnostics.Add(SourceDiagnostics.UnsupportedMarkdown.At(span, Describe(block)));
                return null;
        }
    }

    private static List<Inline> Inlines(LeafBlock block, LineMap lines, List<Diagnostic> diagnostics, SourceSpan span, int containers) =>
        new DirectiveParser(InlineFlattener.Flatten(block.Inline, lines), diagnostics, span, containers).ParseAll();

    private static Block ReadParagraph(List<Inline> inlines, SourceSpan span, List<Diagnostic> diagnostics, bool inContainer)
    {
        var first = inlines.FindIndex(i => i is not TextInline { Text: var t } || !string.IsNullOrWhiteSpace(t));
        if (first >= 0 && inlines[first] is DirectiveInline { Parts.Count: 0 } d && (d.Name == "#" || DirectiveNames.Block.Contains(d.Name)))
        {
            var rest = inlines.Skip(first + 1).ToList();
            if (rest.Count > 0 && rest[0] is TextInline lead)
            {
                rest[0] = lead with { Text = lead.Text.TrimStart() };
                rest.RemoveAll(i => i is TextInline { Text.Length: 0 });
            }

            return BlockFromDirective(d, rest, span, diagnostics);
        }

        if (inlines.All(i => i is DirectiveInline { Name: var n } && DirectiveNames.Milestones.Contains(n) || i is TextInline { Text: var s } && string.IsNullOrWhiteSpace(s)))
        {
            return new MilestoneBlock(inlines.OfType<DirectiveInline>().ToList(), span);
        }

        return new TextBlock(inContainer ? BlockKind.Plain : BlockKind.Paragraph, null, null, inlines, span);
    }

    private static Block BlockFromDirective(DirectiveInline d, List<Inline> content, SourceSpan span, List<Diagnostic> diagnostics)
    {
        var key = d.Named1("key");
        var args = d.Args.Where(a => a != OneSidedWord).ToList();
        var type = args.Count > 0 ? args[0] : d.Named1("type");
        var kind = d.Name switch
        {
            "#" => BlockKind.Paragraph,
            "fw" => BlockKind.Fw,
            "ab" => BlockKind.Ab,
            "head" => BlockKind.Head,
            "dateline" => BlockKind.Dateline,
            _ => BlockKind.Signed,
        };
        if (kind is BlockKind.Fw or BlockKind.Ab && type is null)
        {
            diagnostics.Add(SourceDiagnostics.BlockTypeMissing.At(d.Span, d.Name, kind == BlockKind.Fw ? "header" : "received"));
        }

        return new TextBlock(kind, type, key, content, span) { OneSided = OneSidedOf(d.Args, d.Named, key, d.Span, diagnostics) };
    }

    private const string OneSidedWord = "one-sided";

    /// <summary>A segment declared one-sided: <c>one-sided</c> among a keyed block's arguments, with an optional <c>reason=</c>.</summary>
    private static OneSided? OneSidedOf(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> named, string? key, SourceSpan span, List<Diagnostic> diagnostics)
    {
        if (!args.Contains(OneSidedWord))
        {
            return null;
        }

        if (key is null)
        {
            diagnostics.Add(SourceDiagnostics.MalformedDirective.At(span, "'one-sided' declares a segment that only its own text has; it needs the segment's key: {#p5 one-sided}"));
            return null;
        }

        return new OneSided(named.TryGetValue("reason", out var reason) && reason.Trim().Length > 0 ? reason.Trim() : null);
    }

    private static Block? ReadContainer(CustomContainer container, LineMap lines, List<Diagnostic> diagnostics, SourceSpan span, int containers)
    {
        var header = DirectiveHeader.Parse($"{container.Info} {container.Arguments}", out var error);
        if (header is null)
        {
            diagnostics.Add(SourceDiagnostics.MalformedDirective.At(span, $"malformed container line: {error}"));
            return null;
        }

        var args = header.Args.Where(a => a != OneSidedWord).ToList();
        var type = args.Count > 0 ? args[0] : null;
        var key = header.Named.GetValueOrDefault("key");
        var oneSided = OneSidedOf(header.Args, header.Named, key, span, diagnostics);
        switch (header.Name)
        {
            case "table":
                var table = container.OfType<Table>().FirstOrDefault();
                if (table is null || container.Count != 1)
                {
                    diagnostics.Add(SourceDiagnostics.BadContainer.At(span, "'::: table' must hold exactly one pipe table"));
                    return null;
                }

                return new TableBlock(type, key, ReadRows(table, lines, diagnostics, containers), span) { OneSided = oneSided };
            case "closer":
                var children = container.Select(b => ReadBlock(b, lines, diagnostics, containers)).OfType<Block>().ToList();
                return new ContainerBlock("closer", type, key, children, span) { OneSided = oneSided };
            default:
                diagnostics.Add(SourceDiagnostics.BadContainer.At(span, $"unknown container '::: {header.Name}'; known: table, closer"));
                return null;
        }
    }

    private static List<IReadOnlyList<IReadOnlyList<Inline>>> ReadRows(Table table, LineMap lines, List<Diagnostic> diagnostics, int containers) =>
        table.OfType<TableRow>()
            .Select(row => (IReadOnlyList<IReadOnlyList<Inline>>)row.OfType<TableCell>()
                .Select(cell => (IReadOnlyList<Inline>)cell.OfType<ParagraphBlock>()
                    .SelectMany(p => Inlines(p, lines, diagnostics, lines.At(p.Span.Start), containers)).ToList())
                .ToList())
            .ToList();

    private static string Describe(Markdig.Syntax.Block block) => block switch
    {
        ListBlock => "a Markdown list (a paragraph starting '1.' or '-' needs its {#key} first)",
        QuoteBlock => "a block quote",
        FencedCodeBlock or CodeBlock => "a code block (indent text by fewer than four spaces)",
        ThematicBreakBlock => "a thematic break ('---')",
        _ => block.GetType().Name,
    };
}
