namespace Edition.Core.Text;

/// <summary>Turns character offsets of a file's text into one-based line and column.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string file, string text)
    {
        File = file;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string File { get; }

    public SourceSpan At(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceSpan(File, line + 1, offset - _lineStarts[Math.Max(line, 0)] + 1);
    }
}
