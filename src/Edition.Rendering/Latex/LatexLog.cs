using System.Globalization;
using System.Text.RegularExpressions;
using Edition.Core.Diagnostics;
using Edition.Core.Text;

namespace Edition.Rendering.Latex;

/// <summary>
/// Reads a TeX log for what went wrong: each <c>! message</c> line with the <c>l.NN context</c> line
/// that follows it becomes an ED5102 error at that line of the .tex.
/// </summary>
internal static partial class LatexLog
{
    public static IReadOnlyList<Diagnostic> Errors(string log)
    {
        var lines = log.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var result = new List<Diagnostic>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('!'))
            {
                continue;
            }

            var message = lines[i][1..].Trim();
            var line = 0;
            var context = "";
            for (var j = i + 1; j < Math.Min(lines.Length, i + 30); j++)
            {
                var m = LineContext().Match(lines[j]);
                if (m.Success)
                {
                    line = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                    context = $" (l.{line} {m.Groups[2].Value.Trim()})";
                    break;
                }

                if (lines[j].StartsWith('!'))
                {
                    break;
                }
            }

            result.Add(Diagnostic.Error("ED5102", line > 0 ? new SourceSpan(PrintRenderer.TexPath, line, 1) : SourceSpan.None(PrintRenderer.TexPath), $"LaTeX: {message}{context}"));
        }

        return result;
    }

    /// <summary>The last few non-empty lines of a tool's output, for failures the log does not explain.</summary>
    public static string Tail(string output) =>
        string.Join(" | ", output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(5));

    [GeneratedRegex(@"^l\.(\d+)(.*)$")]
    private static partial Regex LineContext();
}
