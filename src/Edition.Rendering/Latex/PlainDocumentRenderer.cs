using System.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// A document's fallback part, set in where its own part stopped LaTeX: its title, then its front matter, texts and
/// back matter as plain paragraphs (no reledmac numbering, no facing pages, no apparatus layout), notes and apparatus
/// readings as plain footnotes, every character escaped. Written in code, not through the templates, and with no
/// macro of the theme but the escaper's <c>\edcjk</c>, so that what broke the part cannot break its fallback.
/// </summary>
public static class PlainDocumentRenderer
{
    public static string Render(DocumentView document)
    {
        var inlines = new PlainInlineRenderer(document);
        var sb = new StringBuilder();
        sb.Append(@"\chapter{").Append(LatexEscaper.Escape(document.Title)).Append(@"}\label{doc:").Append(LatexEscaper.Escape(document.Id)).Append("}\n");
        if (RunningHead.Of(document) is { } head)
        {
            sb.Append(@"\chaptermark{").Append(LatexEscaper.Escape(head)).Append("}\n");
        }

        sb.Append("\\selectlanguage{english}\n");
        sb.Append("\\noindent\\textit{This document is printed without line numbers or apparatus layout: the print edition's LaTeX could not typeset it.}\\par\n\n");
        Blocks(sb, inlines, document.Front);
        foreach (var text in document.Texts)
        {
            if (document.Texts.Count > 1)
            {
                sb.Append(@"\section*{").Append(LatexEscaper.Escape(text.LanguageName)).Append("}\n\n");
            }

            Blocks(sb, inlines, text.Blocks);
        }

        Blocks(sb, inlines, document.Back);
        return sb.ToString();
    }

    /// <summary>Blocks as plain paragraphs: a cell of a document printed in columns (edition.yml <c>print: {texts: columns}</c>).</summary>
    internal static string Paragraphs(PlainInlineRenderer inlines, IEnumerable<BlockView> blocks)
    {
        var sb = new StringBuilder();
        Blocks(sb, inlines, blocks);
        return sb.ToString().TrimEnd();
    }

    /// <summary>Each block a paragraph of its own (a container's blocks each one, a table's rows each one), empty ones left out.</summary>
    private static void Blocks(StringBuilder sb, PlainInlineRenderer inlines, IEnumerable<BlockView> blocks)
    {
        foreach (var block in blocks)
        {
            Paragraph(sb, inlines.Render(block.Inlines));
            foreach (var row in block.Rows)
            {
                Paragraph(sb, string.Join(@" \quad ", row.Select(inlines.Render)));
            }

            Blocks(sb, inlines, block.Children);
        }
    }

    private static void Paragraph(StringBuilder sb, string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            sb.Append(text.Trim()).Append("\n\n");
        }
    }
}
