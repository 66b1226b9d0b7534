using Edition.Core.Diagnostics;
using Markdig;
using Markdig.Syntax;
using SourceSpan = Edition.Core.Text.SourceSpan;

namespace Edition.Core.Source.Markup;

/// <summary>
/// Markdig's reading of a text file. Markdig refuses Markdown nested beyond its limits (128 levels of blocks, about
/// ten thousand of inline containers) with an exception that names no place: that becomes a finding at the line where
/// the nesting first goes too deep. The pipeline is built once and shared (Markdig pipelines are immutable).
/// </summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCustomContainers()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>The document, or null (and a finding) when it nests too deeply to be read.</summary>
    public static MarkdownDocument? Read(string file, string text, List<Diagnostic> diagnostics)
    {
        if (TryParse(text) is { } document)
        {
            return document;
        }

        diagnostics.Add(SourceDiagnostics.MarkdownNestedTooDeep.At(new SourceSpan(file, FirstLineTooDeep(text), 1), Pipeline.MaximumNestingDepth));
        return null;
    }

    private static MarkdownDocument? TryParse(string text)
    {
        try
        {
            return Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's one complaint about a text: its nesting limit.
            return null;
        }
    }

    /// <summary>
    /// The first line such that the text up to it is already too deep: found by halving, since a text cut after a
    /// line nests as deeply as the whole does up to there. A few parses, and only for a file that is refused.
    /// </summary>
    private static int FirstLineTooDeep(string text)
    {
        var ends = new List<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            ends.Add(i + 1);
        }

        ends.Add(text.Length);
        var (low, high) = (0, ends.Count - 1);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (TryParse(text[..ends[middle]]) is null)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low + 1;
    }
}
