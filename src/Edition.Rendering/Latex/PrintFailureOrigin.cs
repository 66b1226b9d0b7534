using System.Text.RegularExpressions;
using Edition.Core.Text;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// Where in the author's files a document's LaTeX failure comes from: the document's source (the TEI-in file, or the
/// text files beside an authored document's document.yml), at the first line holding the longest run of words of the
/// edition.tex line LaTeX stopped at. The .tex carries no map back to the TEI, so the words are the link; without
/// them, the file alone.
/// </summary>
internal static partial class PrintFailureOrigin
{
    /// <param name="texLines">edition.tex's lines where LaTeX stopped, nearest first.</param>
    public static SourceSpan Of(DocumentView document, IEnumerable<string> texLines, IReadOnlyList<EncodedDocument>? tei)
    {
        var source = tei?.FirstOrDefault(t => t.FileName == document.TeiFile)?.SourceFile;
        if (source is null)
        {
            return SourceSpan.None("tei/" + document.TeiFile);
        }

        var files = Candidates(source).ToList();
        foreach (var texLine in texLines)
        {
            var phrase = Phrases().Matches(StripCommands(texLine)).Select(m => m.Value.Trim()).MaxBy(p => p.Length);
            if (phrase is not { Length: >= 4 })
            {
                continue;
            }

            foreach (var file in files)
            {
                if (LineOf(file, phrase) is var line and > 0)
                {
                    return new SourceSpan(file, line, 1);
                }
            }
        }

        return SourceSpan.None(source);
    }

    /// <summary>The first line of the document's source that holds <paramref name="text"/> (a character the PDF lacks), else the file.</summary>
    public static SourceSpan OfText(DocumentView document, string text, IReadOnlyList<EncodedDocument>? tei)
    {
        var source = tei?.FirstOrDefault(t => t.FileName == document.TeiFile)?.SourceFile;
        if (source is null)
        {
            return SourceSpan.None("tei/" + document.TeiFile);
        }

        foreach (var file in Candidates(source))
        {
            if (LineOf(file, text) is var line and > 0)
            {
                return new SourceSpan(file, line, 1);
            }
        }

        return SourceSpan.None(source);
    }

    /// <summary>A TEI-in file itself; an authored document's text files (its source is its document.yml).</summary>
    private static IEnumerable<string> Candidates(string source) =>
        source.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || Path.GetDirectoryName(source) is not { } folder || !Directory.Exists(folder)
            ? [source]
            : Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Where(f => !f.EndsWith(".yml", StringComparison.Ordinal));

    private static int LineOf(string file, string phrase)
    {
        if (!File.Exists(file))
        {
            return 0;
        }

        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (line.Contains(phrase, StringComparison.Ordinal))
            {
                return number;
            }
        }

        return 0;
    }

    private static string StripCommands(string tex) => Command().Replace(tex, " ");

    [GeneratedRegex(@"\\[A-Za-z@]+\*?|[{}\\]")]
    private static partial Regex Command();

    /// <summary>Runs of letters and the spaces between them (the words as the source most likely holds them).</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*")]
    private static partial Regex Phrases();
}
