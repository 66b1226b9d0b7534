using Edition.Core.Diagnostics;
using Edition.Core.Source.Markup;

namespace Edition.Core.Tests.Source;

/// <summary>The brace language over Markdig: blocks, directives, nesting, positions and errors.</summary>
public sealed class TextMarkupParserTests
{
    private static (IReadOnlyList<Block> Blocks, List<Diagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (TextMarkupParser.Parse("t.md", text, diagnostics), diagnostics);
    }

    [Fact]
    public void KeyedParagraphKeepsItsKeyAndText()
    {
        var (blocks, diagnostics) = Parse("{#p1} 1. Товарищ Гао Ган возвратился.");
        Assert.Empty(diagnostics);
        var block = Assert.IsType<TextBlock>(Assert.Single(blocks));
        Assert.Equal((BlockKind.Paragraph, "p1"), (block.Kind, block.Key));
        Assert.Equal("1. Товарищ Гао Ган возвратился.", Assert.IsType<TextInline>(Assert.Single(block.Content)).Text);
    }

    [Fact]
    public void BlockDirectivesGiveKindTypeAndKey()
    {
        var (blocks, _) = Parse("{fw header #h} ВТОРОЕ\n\n{ab received} ИЗ ПЕКИНА\n\n{head} X");
        Assert.Equal([(BlockKind.Fw, "header", "h"), (BlockKind.Ab, "received", null), (BlockKind.Head, null, null)],
            blocks.Cast<TextBlock>().Select(b => (b.Kind, b.Type, b.Key)));
    }

    [Fact]
    public void NestedDirectivesAndEmphasis()
    {
        var (blocks, diagnostics) = Parse("{#a} {person stalin: {spaced: Ф И Л}} and {note: see *this* {place b: B}}");
        Assert.Empty(diagnostics);
        var content = ((TextBlock)blocks[0]).Content;
        var person = Assert.IsType<DirectiveInline>(content[0]);
        Assert.Equal(("person", "stalin"), (person.Name, person.Args[0]));
        Assert.Equal("spaced", Assert.IsType<DirectiveInline>(Assert.Single(person.Parts[0].Content)).Name);
        var note = content.OfType<DirectiveInline>().Single(d => d.Name == "note");
        Assert.Contains(note.Parts[0].Content, i => i is StyledInline { Style: "italic" });
        Assert.Contains(note.Parts[0].Content, i => i is DirectiveInline { Name: "place" });
    }

    [Fact]
    public void PartsWithLabels()
    {
        var (blocks, _) = Parse("{#a} {sic: X | corr: Y} {app A: sixty | WCDA B: sixteen}");
        var directives = ((TextBlock)blocks[0]).Content.OfType<DirectiveInline>().ToList();
        Assert.Equal([null, "corr"], directives[0].Parts.Select(p => p.Label));
        Assert.Equal(["A"], directives[1].Args);
        Assert.Equal("WCDA B", directives[1].Parts[1].Label);
        Assert.Equal("sixteen", Assert.IsType<TextInline>(Assert.Single(directives[1].Parts[1].Content)).Text);
    }

    [Fact]
    public void ColonInsideAnArgumentIsNotTheContentColon()
    {
        var (blocks, diagnostics) = Parse("{#a} {date 1951-06-21T21:15: 21 ч. 15 м}");
        Assert.Empty(diagnostics);
        var date = (DirectiveInline)((TextBlock)blocks[0]).Content[0];
        Assert.Equal("1951-06-21T21:15", date.Args[0]);
    }

    [Fact]
    public void EscapedBraceIsText()
    {
        var (blocks, diagnostics) = Parse(@"{#a} a \{b\} c");
        Assert.Empty(diagnostics);
        Assert.Equal("a {b} c", Assert.IsType<TextInline>(Assert.Single(((TextBlock)blocks[0]).Content)).Text);
    }

    [Fact]
    public void HardBreakIsALineBreak()
    {
        var (blocks, _) = Parse("{fw dispatch} one\\\ntwo");
        Assert.Contains(((TextBlock)blocks[0]).Content, i => i is LineBreakInline);
    }

    [Fact]
    public void MilestoneParagraphAndContainers()
    {
        var (blocks, diagnostics) = Parse("{pb 65}\n\n::: closer #c\n{signed #s} MAO\n:::\n\n::: table distribution #t\n| a | b |\n|---|---|\n| c | d |\n:::");
        Assert.Empty(diagnostics);
        Assert.IsType<MilestoneBlock>(blocks[0]);
        var closer = Assert.IsType<ContainerBlock>(blocks[1]);
        Assert.Equal(("closer", "c"), (closer.Kind, closer.Key));
        Assert.Equal(BlockKind.Signed, Assert.IsType<TextBlock>(Assert.Single(closer.Children)).Kind);
        var table = Assert.IsType<TableBlock>(blocks[2]);
        Assert.Equal(("distribution", "t", 2), (table.Type, table.Key, table.Rows.Count));
    }

    [Fact]
    public void RawTeiInline()
    {
        var (blocks, diagnostics) = Parse("{#a} x<hi rend=\"sup\">2</hi>");
        Assert.Empty(diagnostics);
        var raw = ((TextBlock)blocks[0]).Content.OfType<RawElementInline>().Single();
        Assert.Equal(("hi", "rend", "sup"), (raw.Name, raw.Attributes[0].Key, raw.Attributes[0].Value));
    }

    [Theory]
    [InlineData("{#a} {place b: B", "ED1102", 1, 6)]
    [InlineData("{#a} x }", "ED1102", 1, 8)]
    [InlineData("{#a}\nline two {nope: x}", "ED1101", 2, 10)]
    [InlineData("{#a} {person x {y}: z}", "ED1103", 1, 16)]
    [InlineData("- a list", "ED1105", 1, 1)]
    [InlineData("::: aside\ntext\n:::", "ED1107", 1, 1)]
    public void ErrorsNameTheirPlace(string text, string code, int line, int column)
    {
        var (_, diagnostics) = Parse(text);
        var d = Assert.Single(diagnostics, x => x.Code == code);
        Assert.Equal((line, column), (d.Span.Line, d.Span.Column));
    }
}
