namespace Edition.Import.Wilson.Export;

/// <summary>A run of non-blank lines (a paragraph or a pipe table) of the export, with the line where it starts.</summary>
internal sealed record ExportBlock(IReadOnlyList<string> Lines, int LineIndex, bool IsTable)
{
    /// <summary>Set with <see cref="Flat"/>, so a block's text is joined once however often the rules look at it.</summary>
    public IReadOnlyList<string> Lines { get; init => (field, Flat) = (value, Join(value)); } = Lines;

    /// <summary>The lines joined by spaces: what the pattern rules look at.</summary>
    public string Flat { get; private set; } = Join(Lines);

    /// <summary>Trimmed lines joined by spaces; a single line that needs no trimming is the same string, not a copy.</summary>
    public static string Join(IReadOnlyList<string> lines) => lines.Count == 1 ? lines[0].Trim() : string.Join(' ', lines.Select(l => l.Trim()));

    /// <summary>Splits text lines into blank-line separated blocks; pipe-table lines always form their own block.</summary>
    public static List<ExportBlock> Split(IReadOnlyList<string> lines, int from, int to)
    {
        var blocks = new List<ExportBlock>();
        var current = new List<string>();
        var start = from;
        var table = false;
        for (var i = from; i < to; i++)
        {
            var line = lines[i].TrimEnd();
            var isTableLine = line.TrimStart().StartsWith('|');
            if (line.Length == 0 || (current.Count > 0 && isTableLine != table))
            {
                Flush();
            }

            if (line.Length > 0)
            {
                if (current.Count == 0)
                {
                    start = i;
                    table = isTableLine;
                }

                current.Add(line);
            }
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(new ExportBlock(current.ToArray(), start, table));
                current.Clear();
            }
        }
    }
}
