using Markdig;
using Markdig.Renderers;

namespace Edition.Rendering.Html;

/// <summary>
/// Editorial Markdown (introduction, principles) to HTML: raw HTML in it is shown as text, never passed
/// through, and links with a script scheme (javascript:, data:) are neutralised.
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static SafeHtml Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return SafeHtml.Empty;
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = url => HtmlText.Url(url) == "#" ? "#" : url };
        Pipeline.Setup(renderer);
        renderer.Render(Markdown.Parse(markdown.Replace("\r\n", "\n"), Pipeline));
        writer.Flush();
        return new SafeHtml(writer.ToString());
    }
}
