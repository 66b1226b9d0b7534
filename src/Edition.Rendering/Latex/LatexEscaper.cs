using System.Text;

namespace Edition.Rendering.Latex;

/// <summary>
/// The one place plain text becomes LaTeX. Every renderer and template function goes through
/// <see cref="Escape"/>, so a note, a title or a name can hold any character without breaking the run.
/// </summary>
public static class LatexEscaper
{
    /// <summary>Escapes text for a LaTeX paragraph (not for verbatim or URL arguments).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        var inCjk = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';

            // Noto Serif has no Han glyphs: a run of CJK characters switches to the theme's CJK font.
            if (IsCjk(c) != inCjk)
            {
                sb.Append(inCjk ? "}" : @"\edcjk{");
                inCjk = !inCjk;
            }

            var escaped = c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '%' => @"\%",
                '#' => @"\#",
                '&' => @"\&",
                '$' => @"\$",
                '_' => @"\_",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '<' => @"\textless{}",
                '>' => @"\textgreater{}",
                '|' => @"\textbar{}",
                '"' => @"\textquotedbl{}",
                '\'' => @"\textquotesingle{}",
                '`' => @"\textasciigrave{}",

                // Brackets are grouped so a following [ is never read as an optional argument (after \\ or \item).
                '[' => "{[}",
                ']' => "{]}",

                // The TeX ligature would turn -- into a dash (quotes and backquotes are escaped above): text prints as written.
                '-' when next == '-' => "-{}",
                '\u00A0' => "~",
                '\r' or '\t' or '\n' => " ",
                _ when char.IsControl(c) => "",
                _ => null,
            };
            if (escaped is null)
            {
                sb.Append(c); // most characters stand for themselves: no string per character
            }
            else
            {
                sb.Append(escaped);
            }
        }

        return inCjk ? sb.Append('}').ToString() : sb.ToString();
    }

    /// <summary>Han ideographs, CJK punctuation, kana and full-width forms (surrogate pairs for rare Han are kept together).</summary>
    private static bool IsCjk(char c) =>
        c is >= '\u3000' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
