using Edition.Core.Diagnostics;
using Edition.Core.Source.Markup;

namespace Edition.Core.Tests.Source;

/// <summary>
/// Nesting beyond the markup's limit (<see cref="TextMarkupParser.MaxNestingDepth"/>) or Markdig's is one finding at
/// the line where it goes too deep, never a stack overflow or an exception without a place.
/// </summary>
public sealed class MarkupNestingTests
{
    private static List<Diagnostic> Parse(string text, out IReadOnlyList<Block> blocks)
    {
        var diagnostics = new List<Diagnostic>();
        blocks = TextMarkupParser.Parse("t.md", text, diagnostics);
        return diagnostics;
    }

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    [Fact]
    public void TheDeepestNestingAllowedIsRead()
    {
        var depth = TextMarkupParser.MaxNestingDepth;
        var diagnostics = Parse("{#p1} " + Repeat("{note: ", depth - 1) + "*x*" + Repeat("}", depth - 1), out var blocks);
        Assert.Empty(diagnostics);
        Assert.Single(blocks);
    }

    [Theory]
    [InlineData("{note: ", "}")]
    [InlineData("{supplied: ", "}")]
    [InlineData("<hi>", "</hi>")]
    public void TenThousandNestedDirectivesAreOneFindingAtTheLevelTooDeep(string open, string close)
    {
        var diagnostics = Parse("{#p0} x\n\n{#p1} " + Repeat(open, 10_000) + "x" + Repeat(close, 10_000), out var blocks);
        var d = Assert.Single(diagnostics);
        Assert.Equal(SourceDiagnostics.NestingTooDeep.Id, d.Code);
        Assert.Equal(("t.md", 3), (d.Span.File, d.Span.Line));
        Assert.Equal(7 + (open.Length * TextMarkupParser.MaxNestingDepth), d.Span.Column);
        Assert.Equal(2, blocks.Count);
    }

    [Theory]
    [InlineData("> ", 10_000)]
    [InlineData("- ", 10_000)]
    [InlineData("[", 50_000)]
    public void MarkdownNestedBeyondMarkdigsLimitIsAFindingAtItsLine(string marker, int count)
    {
        var diagnostics = Parse("{#p0} x\n\n{#p1} y\n" + Repeat(marker, count) + "z\n\n{#p2} w\n", out var blocks);
        var d = Assert.Single(diagnostics);
        Assert.Equal(SourceDiagnostics.MarkdownNestedTooDeep.Id, d.Code);
        Assert.Equal(("t.md", 4), (d.Span.File, d.Span.Line));
        Assert.Empty(blocks);
    }

    [Theory]
    [InlineData(TextMarkupParser.MaxNestingDepth, 0)]
    [InlineData(TextMarkupParser.MaxNestingDepth + 1, 1)]
    public void ContainersCountTowardsTheLimit(int containers, int findings)
    {
        // Each container holds the next; an outer fence is longer than the inner ones.
        var open = Enumerable.Range(0, containers).Select(i => new string(':', 3 + containers - i) + " closer\n");
        var close = Enumerable.Range(0, containers).Select(i => new string(':', 4 + i) + "\n");
        var diagnostics = Parse(string.Concat(open) + "x\n" + string.Concat(close), out _);
        Assert.Equal(findings, diagnostics.Count(d => d.Code == SourceDiagnostics.NestingTooDeep.Id));
        Assert.DoesNotContain(diagnostics, d => d.Code != SourceDiagnostics.NestingTooDeep.Id);
    }

    [Fact]
    public void TenThousandUnclosedBracketsAreKeptAsText()
    {
        var diagnostics = Parse("{#p1} " + Repeat("[", 10_000) + "x", out var blocks);
        Assert.Empty(diagnostics);
        Assert.Equal(10_001, string.Concat(((TextBlock)Assert.Single(blocks)).Content.OfType<TextInline>().Select(t => t.Text)).Length);
    }
}
