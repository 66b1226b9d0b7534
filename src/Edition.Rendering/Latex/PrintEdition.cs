using Edition.Core.Output;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// The print edition as rendered: <c>edition.tex</c> (edition.tex.sbn's output with each document's part set in at
/// its marker) and the theme's support files. It knows which lines of edition.tex each document's part holds, so a
/// LaTeX error at a line names its document, and it can set another part in for a document (its plain fallback,
/// or nothing) without rendering the templates again.
/// </summary>
public sealed class PrintEdition
{
    private const char PartMarker = '\0';

    private readonly string? _frame;
    // Each part read when wanted (from a spill file, as the renderer set it down): a corpus's parts are not held.
    private readonly IReadOnlyList<(DocumentView Document, Func<byte[]> Part)> _parts;
    private readonly IReadOnlyList<OutputFile> _support;
    private readonly int[] _firstLines;
    private readonly int _lastLine;

    private readonly TexFile _tex;

    private PrintEdition(string? frame, IReadOnlyList<(DocumentView, Func<byte[]>)> parts, TexFile tex, int[] firstLines, int lastLine, IReadOnlyList<OutputFile> support, Func<DocumentView, DocumentView>? full)
    {
        Full = full ?? (d => d);
        _frame = frame;
        _parts = parts;
        _support = support;
        _firstLines = firstLines;
        _lastLine = lastLine;
        _tex = tex;
        Files = [tex.ToOutput(PrintRenderer.TexPath), .. support];
    }

    /// <summary>edition.tex, as written and compiled: read whole from its temporary file each time it is asked for.</summary>
    public byte[] Tex => _tex.ReadAll();

    /// <summary>edition.tex and the support files, as the build writes them under print/.</summary>
    public IReadOnlyList<OutputFile> Files { get; }

    /// <summary>A part's document as a whole view (its text, to be set again plainly): read back when the parts name summaries.</summary>
    public Func<DocumentView, DocumentView> Full { get; }

    /// <summary>Whether documents stand in parts of their own (not when the edition's own edition.tex.sbn was rendered whole).</summary>
    public bool HasParts => _frame is not null;

    /// <summary>An edition.tex rendered in one piece: no document can be told from another in it.</summary>
    internal static PrintEdition Whole(string tex, IReadOnlyList<OutputFile> support) =>
        new(null, [], TexFile.Write(normalizer => normalizer.Append(tex)), [], 0, support, null);

    /// <summary>As the other <c>FromParts</c>, with parts held.</summary>
    internal static PrintEdition FromParts(string frame, IReadOnlyList<(DocumentView Document, byte[] Part)> parts, IReadOnlyList<OutputFile> support) =>
        FromParts(frame, parts.Select(p => (p.Document, (Func<byte[]>)(() => p.Part))).ToList(), support);

    /// <summary>
    /// The frame's text with each part at its marker (<see cref="Marker"/>, in order), normalized as one text and
    /// written to a temporary file as it comes (each part read when its turn comes).
    /// </summary>
    /// <param name="full">A part's document as a whole view, when <paramref name="parts"/> name summaries (null: they are whole).</param>
    internal static PrintEdition FromParts(string frame, IReadOnlyList<(DocumentView Document, Func<byte[]> Part)> parts, IReadOnlyList<OutputFile> support, Func<DocumentView, DocumentView>? full = null)
    {
        var lastLine = 0;
        IReadOnlyList<int> marks = [];
        var tex = TexFile.Write(normalizer =>
        {
            lastLine = SetInParts(normalizer, frame, parts);
            marks = normalizer.Marks;
        });
        return new PrintEdition(frame, parts, tex, [.. marks], lastLine, support, full);
    }

    /// <summary>The frame with the parts in at their markers, into <paramref name="normalizer"/>; the last part's last line.</summary>
    private static int SetInParts(TexNormalizer normalizer, string frame, IReadOnlyList<(DocumentView Document, Func<byte[]> Part)> parts)
    {
        var lastLine = 0;
        var text = frame.AsSpan();
        var next = 0;
        var searched = 0;
        while (text[searched..].IndexOf(PartMarker) is var found and >= 0)
        {
            var start = searched + found;
            var marker = Marker(next);
            if (!text[start..].StartsWith(marker, StringComparison.Ordinal))
            {
                searched = start + 1; // a NUL of the edition's own text, not a marker
                continue;
            }

            normalizer.Append(text[..start]);
            normalizer.Mark();
            normalizer.AppendUtf8(parts[next++].Part());
            lastLine = normalizer.Lines + 1;
            text = text[(start + marker.Length)..];
            searched = 0;
        }

        if (next != parts.Count)
        {
            throw new InvalidOperationException($"edition.tex holds {next} of its {parts.Count} document parts");
        }

        normalizer.Append(text);
        return lastLine;
    }

    /// <summary>Where edition.tex.sbn's output takes the <paramref name="index"/>th part (NUL cannot occur in text read from XML or LaTeX).</summary>
    internal static string Marker(int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{PartMarker}edition-part:{index}{PartMarker}");

    /// <summary>The same edition with <paramref name="part"/> in place of <paramref name="document"/>'s part.</summary>
    public PrintEdition Replace(DocumentView document, string part)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(part);
        var parts = _parts.Select(p => ReferenceEquals(p.Document, document) ? (p.Document, () => bytes) : p).ToList();
        return FromParts(_frame ?? throw new InvalidOperationException("an edition.tex rendered whole has no parts"), parts, _support, Full);
    }

    /// <summary>
    /// The document a LaTeX error at <paramref name="line"/> of edition.tex belongs to, or null (the front or back
    /// matter). A document's first line (its \chapter, which ships out the pages before it) and the line after the
    /// last document (\backmatter) are where the document before them is finished, notes and all.
    /// </summary>
    public DocumentView? DocumentAt(int line, Func<DocumentView, bool>? settled = null)
    {
        var index = Array.FindLastIndex(_firstLines, first => first <= line);
        if (index < 0 || (index == _parts.Count - 1 && line > _lastLine + 1))
        {
            return null;
        }

        if (line == _firstLines[index] && index > 0 && settled?.Invoke(_parts[index - 1].Document) != true)
        {
            index--;
        }

        return _parts[index].Document;
    }

    /// <summary>The documents whose part holds <paramref name="text"/>, in print order (none in an edition.tex rendered whole).</summary>
    public IEnumerable<DocumentView> DocumentsHolding(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return _parts.Where(p => p.Part().AsSpan().IndexOf(bytes) >= 0).Select(p => p.Document);
    }

    /// <summary>The first line (1-based) of edition.tex that holds <paramref name="text"/>, or 0.</summary>
    public int LineHolding(string text)
    {
        var lines = System.Text.Encoding.UTF8.GetString(Tex).Split('\n');
        return Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal)) + 1;
    }

    /// <summary>edition.tex's lines up to <paramref name="line"/> (1-based), that one first, at most <paramref name="count"/>.</summary>
    public IEnumerable<string> LinesBefore(int line, int count)
    {
        var lines = System.Text.Encoding.UTF8.GetString(Tex).Split('\n');
        for (var i = Math.Min(line, lines.Length); i >= 1 && i > line - count; i--)
        {
            yield return lines[i - 1];
        }
    }
}
