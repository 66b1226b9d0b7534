using System.Globalization;
using System.Text.RegularExpressions;
using Edition.Core.Diagnostics;
using Edition.Core.Text;

namespace Edition.Rendering.Latex;

/// <summary>
/// Reads a TeX log for what went wrong: each error line (<c>! message</c>, or <c>./file.tex:12: message</c>
/// under -file-line-error) with the <c>l.NN context</c> line after it becomes an ED5102 error at that line
/// of print/edition.tex (or of the theme file the log names).
/// </summary>
public static partial class LatexLog
{
    public static IReadOnlyList<Diagnostic> Errors(string log)
    {
        var lines = log.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var result = new List<Diagnostic>();
        for (var i = 0; i < lines.Length; i++)
        {
            var file = "edition.tex";
            string message;
            var fileLine = FileLineError().Match(lines[i]);
            if (fileLine.Success)
            {
                file = fileLine.Groups[1].Value;
                message = fileLine.Groups[3].Value.Trim();
            }
            else if (lines[i].StartsWith('!'))
            {
                message = lines[i][1..].Trim();
            }
            else
            {
                continue;
            }

            var (line, context) = Context(lines, i);
            if (fileLine.Success && line == 0)
            {
                line = int.Parse(fileLine.Groups[2].Value, CultureInfo.InvariantCulture);
            }

            var path = "print/" + file.TrimStart('.', '/');
            var span = line > 0 ? new SourceSpan(path, line, 1) : SourceSpan.None(path);
            result.Add(RenderingDiagnostics.LatexError.At(span, message, context));
        }

        return result;
    }

    /// <summary>The last few non-empty lines of a tool's output, for failures the log does not explain.</summary>
    public static string Tail(string output) =>
        string.Join(" | ", output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(5));

    /// <summary>TeX shows where it stopped as <c>l.NN text read so far</c> within a few lines of the error.</summary>
    private static (int Line, string Context) Context(string[] lines, int error)
    {
        for (var j = error + 1; j < Math.Min(lines.Length, error + 30); j++)
        {
            var m = LineContext().Match(lines[j]);
            if (m.Success)
            {
                var line = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                return (line, $" (at l.{line}: {m.Groups[2].Value.Trim()})");
            }

            if (lines[j].StartsWith('!') || FileLineError().IsMatch(lines[j]))
            {
                break;
            }
        }

        return (0, "");
    }

    [GeneratedRegex(@"^l\.(\d+)(.*)$")]
    private static partial Regex LineContext();

    [GeneratedRegex(@"^(\.?/?[^:\s]+\.(?:tex|sty|cls|def|ind|toc|aux)):(\d+): (.*)$")]
    private static partial Regex FileLineError();
}
