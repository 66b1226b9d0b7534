using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace Edition.Rendering.Latex;

/// <summary>
/// The .tex as it is written, so it compares byte for byte: Unix line ends, no trailing blanks, runs of blank
/// lines collapsed to one, none at the start or end, one line end last. Text is taken in pieces (the template's
/// output and, between them, the documents' parts) and written to UTF-8 as it comes: a corpus's .tex is
/// megabytes, and putting it together as one string first made five copies of it. Given a stream, the bytes go on
/// to it in pieces as they come, hashed on the way, so not even one copy is held.
/// </summary>
public sealed class TexNormalizer
{
    /// <summary>How many bytes a streaming normalizer holds before it writes them on.</summary>
    private const int StreamedPiece = 1 << 16;

    private readonly ArrayBufferWriter<byte> _output;
    private readonly Stream? _stream;
    private readonly XxHash128? _hash;
    private readonly StringBuilder _partialLine = new();
    private bool _started;
    private bool _blankPending;
    private int _lines;
    private long _written;

    /// <summary>
    /// The longest line written whole: TeX reads a line into a buffer of 200,000 characters and stops at a longer one
    /// (a paragraph of TEI without line ends is one line of the .tex).
    /// </summary>
    private const int MaxLine = 10_000;

    public TexNormalizer(int capacity = 1 << 16) => _output = new ArrayBufferWriter<byte>(Math.Max(capacity, 256));

    /// <summary>A normalizer that writes its bytes on to <paramref name="stream"/>; <see cref="FinishStream"/> ends it.</summary>
    public TexNormalizer(Stream stream)
        : this(StreamedPiece * 2)
    {
        _stream = stream;
        _hash = new XxHash128();
    }

    private readonly List<int> _marks = [];
    private int _pendingMarks;

    /// <summary>The lines written so far.</summary>
    public int Lines => _lines;

    /// <summary>Each mark's line: the first line of text written after it (a part that is only blank lines shares the next's).</summary>
    public IReadOnlyList<int> Marks => _marks;

    /// <summary>Marks where the next text begins (a document's part): <see cref="Marks"/> gets the line it lands on.</summary>
    public void Mark()
    {
        _marks.Add(0);
        _pendingMarks++;
    }

    public static byte[] Normalize(string tex)
    {
        var normalizer = new TexNormalizer(tex.Length + 1);
        normalizer.Append(tex);
        return normalizer.Finish();
    }

    public void Append(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var end = text.IndexOf('\n');
            if (end < 0)
            {
                _partialLine.Append(text); // the line goes on in the next piece
                return;
            }

            if (_partialLine.Length > 0)
            {
                _partialLine.Append(text[..end]);
                Line(_partialLine.ToString());
                _partialLine.Clear();
            }
            else
            {
                Line(text[..end]);
            }

            text = text[(end + 1)..];
        }
    }

    /// <summary>UTF-8 text (a document's part, as the cache keeps it), decoded into a pooled buffer.</summary>
    public void AppendUtf8(ReadOnlySpan<byte> text)
    {
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(text.Length));
        try
        {
            Append(chars.AsSpan(0, Encoding.UTF8.GetChars(text, chars)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The bytes, the last line ended; the normalizer is done with.</summary>
    public byte[] Finish()
    {
        EndLastLine();
        return _output.WrittenSpan.ToArray();
    }

    /// <summary>
    /// A streaming normalizer's end: the last line ended and written on; the hash of all the bytes written (as
    /// <see cref="Core.Output.OutputFile.HashOf"/> gives it) and their number.
    /// </summary>
    public (string Hash, long Length) FinishStream()
    {
        EndLastLine();
        WriteOn();
        return (Convert.ToHexStringLower(_hash!.GetCurrentHash()), _written);
    }

    private void EndLastLine()
    {
        if (_partialLine.Length > 0)
        {
            Line(_partialLine.ToString());
            _partialLine.Clear();
        }

        Write("\n");
    }

    private void WriteOn()
    {
        _stream!.Write(_output.WrittenSpan);
        _hash!.Append(_output.WrittenSpan);
        _written += _output.WrittenCount;
        _output.ResetWrittenCount();
    }

    private void Line(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        if (line.IsEmpty)
        {
            // Held back: written only before more text, so blank lines neither lead nor trail, and a run is one.
            _blankPending = _started;
            return;
        }

        if (_started)
        {
            Write(_blankPending ? "\n\n" : "\n");
        }

        _lines += _started && _blankPending ? 2 : 1;
        for (; _pendingMarks > 0; _pendingMarks--)
        {
            _marks[^_pendingMarks] = _lines;
        }

        _started = true;
        _blankPending = false;
        while (line.Length > MaxLine && BreakAt(line) is var at and > 0)
        {
            Write(line[..at]);
            Write("\n");
            _lines++;
            line = line[(at + 1)..].TrimStart(' ');
        }

        Write(line);
    }

    /// <summary>
    /// Where a long line is broken: the last space before <see cref="MaxLine"/> and before any comment (a line end is
    /// a space to TeX, so the text reads the same); 0 when there is none.
    /// </summary>
    private static int BreakAt(ReadOnlySpan<char> line)
    {
        var comment = line.Length;
        for (var i = 0; i < line.Length && i <= MaxLine; i++)
        {
            if (line[i] == '\\')
            {
                i++; // \% and \\ are not comments
            }
            else if (line[i] == '%')
            {
                comment = i;
                break;
            }
        }

        var at = line[..Math.Min(comment, MaxLine)].LastIndexOf(' ');
        return at > 0 && line[at - 1] != '\\' ? at : 0;
    }

    private void Write(ReadOnlySpan<char> text)
    {
        var span = _output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        _output.Advance(Encoding.UTF8.GetBytes(text, span));
        if (_stream is not null && _output.WrittenCount >= StreamedPiece)
        {
            WriteOn();
        }
    }
}
