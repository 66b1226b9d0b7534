using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Edition.Rendering.Latex;

/// <summary>
/// Front-matter Markdown (introduction, editorial principles) to LaTeX: the small subset an editor writes
/// (paragraphs, headings, lists, quotes, emphasis, code, links). Everything else prints as its text, escaped.
/// </summary>
public static class LatexMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static string ToLatex(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var sb = new StringBuilder();
        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            Block(sb, block);
        }

        return sb.ToString().TrimEnd() + "\n";
    }

    private static void Block(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case HeadingBlock h:
                var command = h.Level <= 1 ? "section*" : h.Level == 2 ? "subsection*" : "subsubsection*";
                sb.Append('\\').Append(command).Append('{').Append(Inlines(h.Inline)).Append("}\n\n");
                break;
            case ParagraphBlock p:
                sb.Append(Inlines(p.Inline)).Append("\n\n");
                break;
            case ListBlock l:
                var env = l.IsOrdered ? "enumerate" : "itemize";
                sb.Append($"\\begin{{{env}}}\n");
                foreach (var item in l.OfType<ListItemBlock>())
                {
                    sb.Append("\\item ");
                    var inner = new StringBuilder();
                    foreach (var child in item)
                    {
                        Block(inner, child);
                    }

                    sb.Append(inner.ToString().TrimEnd()).Append('\n');
                }

                sb.Append($"\\end{{{env}}}\n\n");
                break;
            case QuoteBlock q:
                sb.Append("\\begin{quote}\n");
                foreach (var child in q)
                {
                    Block(sb, child);
                }

                sb.Append("\\end{quote}\n\n");
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                // Code blocks, HTML blocks: their text, escaped, as a paragraph.
                sb.Append(LatexEscaper.Escape(leaf.Lines.ToString())).Append("\n\n");
                break;
            case ContainerBlock c:
                foreach (var child in c)
                {
                    Block(sb, child);
                }

                break;
        }
    }

    private static string Inlines(ContainerInline? container)
    {
        var sb = new StringBuilder();
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            sb.Append(inline switch
            {
                LiteralInline l => LatexEscaper.Escape(l.Content.ToString()),
                CodeInline c => $@"\texttt{{{LatexEscaper.Escape(c.Content)}}}",
                EmphasisInline { DelimiterCount: >= 2 } e => $@"\textbf{{{Inlines(e)}}}",
                EmphasisInline e => $@"\emph{{{Inlines(e)}}}",
                AutolinkInline a => $@"\edurl{{{LatexUrl.Escape(a.Url)}}}",
                LinkInline { IsImage: false } l => $@"\edhref{{{LatexUrl.Escape(l.Url)}}}{{{Inlines(l)}}}",
                LinkInline l => Inlines(l),
                LineBreakInline { IsHard: true } => @"\\" + "\n",
                LineBreakInline => "\n",
                HtmlInline h => LatexEscaper.Escape(h.Tag),
                HtmlEntityInline h => LatexEscaper.Escape(h.Transcoded.ToString()),
                ContainerInline c => Inlines(c),
                _ => "",
            });
        }

        return sb.ToString();
    }
}
