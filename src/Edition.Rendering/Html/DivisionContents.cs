using System.Text;
using Edition.Rendering.Html.Models;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// A document's table of contents: its headed divisions (<c>div</c>, <c>div1</c>–<c>div7</c>) at any depth, in the
/// matter before the texts, the first text's column and the matter after, numbered per level. Each division is
/// anchored by its xml:id, else by its number (<c>DOC-div2-1</c>), so a link to it holds while what comes before
/// it keeps its shape. A page shows the table only when it lists at least two divisions.
/// </summary>
public sealed class DivisionContents
{
    private static readonly HashSet<string> Divisions = new(StringComparer.Ordinal) { "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7" };

    private readonly Dictionary<BlockView, string> _anchors = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _ids;
    private readonly string _documentId;
    private int _count;

    private DivisionContents(string documentId, HashSet<string> ids)
    {
        _documentId = documentId;
        _ids = ids;
    }

    public IReadOnlyList<ContentsEntry> Entries { get; private set; } = [];

    /// <summary>Whether the page shows the table: two headed divisions or more.</summary>
    public bool Shown => _count >= 2;

    /// <summary>The anchor of a division the table lists (null for any other block): what the page's division carries as its id.</summary>
    public string? AnchorOf(BlockView block) => Shown ? _anchors.GetValueOrDefault(block) : null;

    public static DivisionContents Of(DocumentView d)
    {
        var walked = d.Front.Concat(d.Rows.SelectMany(FirstColumn)).Concat(d.Back).ToList();
        var ids = new HashSet<string>(d.Rows.SelectMany(r => r.Cells).OfType<BlockView>().Concat(d.Front).Concat(d.Back).SelectMany(AllIds), StringComparer.Ordinal);
        var contents = new DivisionContents(d.Id, ids);
        var entries = new List<ContentsEntry>();
        contents.Walk(walked, "", entries, new Counter());
        contents.Entries = entries;
        return contents;
    }

    /// <summary>
    /// The first text's block in a row; in the row of texts standing whole side by side, the blocks its container
    /// holds (the container is the aligner's, not a division of the text).
    /// </summary>
    private static IEnumerable<BlockView> FirstColumn(SegmentRow row)
    {
        var first = row.Cells.Count > 0 ? row.Cells[0] : null;
        var whole = row.Key is null && row.Cells.Count(c => c is not null) > 1 && first is { Kind: "div", Type: "text", Id: null };
        return first is null ? [] : whole ? first.Children : [first];
    }

    /// <summary>The nested lists, each entry a link to its division.</summary>
    public SafeHtml Html()
    {
        if (!Shown)
        {
            return SafeHtml.Empty;
        }

        var sb = new StringBuilder();
        Write(sb, Entries);
        return new SafeHtml(sb.ToString());
    }

    private static void Write(StringBuilder sb, IReadOnlyList<ContentsEntry> entries)
    {
        sb.Append("<ol>");
        foreach (var e in entries)
        {
            sb.Append($"<li><a href=\"#{HtmlText.Escape(e.Anchor)}\"><span class=\"toc-n\">{HtmlText.Escape(e.Number)}</span> {HtmlText.Escape(e.Title)}</a>");
            if (e.Children.Count > 0)
            {
                Write(sb, e.Children);
            }

            sb.Append("</li>");
        }

        sb.Append("</ol>");
    }

    /// <summary>A division without a head is no entry: the headed divisions inside it count at its level.</summary>
    private void Walk(IEnumerable<BlockView> blocks, string prefix, List<ContentsEntry> into, Counter level)
    {
        foreach (var b in blocks)
        {
            if (Divisions.Contains(b.Kind) && b.Children.FirstOrDefault(c => c.Kind == "head") is { } head)
            {
                var number = prefix + ++level.Value;
                var anchor = _anchors[b] = b.Id ?? Generated(number);
                var children = new List<ContentsEntry>();
                Walk(b.Children, number + ".", children, new Counter());
                into.Add(new ContentsEntry(anchor, number, Title(head), children));
                _count++;
            }
            else
            {
                Walk(b.Children, prefix, into, level);
            }
        }
    }

    private string Generated(string number)
    {
        var anchor = $"{_documentId}-div{number.Replace('.', '-')}";
        for (var n = 2; _ids.Contains(anchor); n++)
        {
            anchor = $"{_documentId}-div{number.Replace('.', '-')}-{n}"; // an xml:id of the file's own has it
        }

        _ids.Add(anchor);
        return anchor;
    }

    private static string Title(BlockView head) =>
        string.Join(' ', head.Children.Select(Title).Prepend(InlineHtmlRenderer.PlainText(head.Inlines)).Select(t => t.Trim()).Where(t => t.Length > 0));

    private static IEnumerable<string> AllIds(BlockView b) => b.Children.SelectMany(AllIds).Prepend(b.Id).OfType<string>();

    /// <summary>The divisions numbered so far at one level.</summary>
    private sealed class Counter
    {
        public int Value { get; set; }
    }
}
