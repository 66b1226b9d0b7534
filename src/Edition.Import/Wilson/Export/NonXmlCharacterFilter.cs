using System.Text;
using System.Xml;
using Edition.Core.Diagnostics;
using Edition.Core.Text;

namespace Edition.Import.Wilson.Export;

/// <summary>
/// Takes out of the export's lines the characters XML 1.0 cannot hold (control characters but tab and line ends,
/// U+FFFE, U+FFFF, unpaired surrogates): left in, they would reach the written sources and fail their build. Each
/// is reported at its line and column, up to <see cref="MaxReported"/>; then one warning counts the rest.
/// </summary>
internal sealed class NonXmlCharacterFilter(string path)
{
    public const int MaxReported = 20;

    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>How many characters were removed in all.</summary>
    public long Removed { get; private set; }

    /// <summary>The line as it was when it holds no such character (the common case: no copy), else without them.</summary>
    public string Clean(string line, int lineIndex)
    {
        var first = FirstInvalid(line, 0);
        if (first < 0)
        {
            return line;
        }

        var kept = new StringBuilder(line.Length);
        var from = 0;
        for (var at = first; at >= 0; at = FirstInvalid(line, from))
        {
            kept.Append(line, from, at - from);
            Report(line[at], lineIndex, at);
            from = at + 1;
        }

        return kept.Append(line, from, line.Length - from).ToString();
    }

    /// <summary>The warnings: one per removed character up to the limit, then one for the rest.</summary>
    public IEnumerable<Diagnostic> Diagnostics(SourceSpan end) =>
        Removed > MaxReported
            ? _diagnostics.Append(ImportDiagnostics.MoreNotXmlCharacters.At(end, Removed - MaxReported, MaxReported))
            : _diagnostics;

    private void Report(char c, int lineIndex, int index)
    {
        if (++Removed <= MaxReported)
        {
            _diagnostics.Add(ImportDiagnostics.NotXmlCharacter.At(new SourceSpan(path, lineIndex + 1, index + 1), (int)c));
        }
    }

    private static int FirstInvalid(string line, int from)
    {
        for (var i = from; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }
}
