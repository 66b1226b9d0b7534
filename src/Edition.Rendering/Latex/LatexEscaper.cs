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
        var run = PrintScript.Other;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';

            // Noto Serif has no Han, Arabic or Hebrew glyphs: a run of them switches to the theme's font for its script.
            var script = ScriptAt(text, i, run);
            if (script != run)
            {
                sb.Append(run == PrintScript.Other ? "" : "}").Append(script == PrintScript.Other ? "" : PrintScripts.Macro(script) + "{");
                run = script;
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

        return run == PrintScript.Other ? sb.ToString() : sb.Append('}').ToString();
    }

    /// <summary>
    /// The script character <paramref name="i"/> is printed in: its own; or, for a space inside a right-to-left run
    /// followed by more of that script, the run's (a run's words keep their order only inside one run).
    /// </summary>
    private static PrintScript ScriptAt(string text, int i, PrintScript run)
    {
        var script = PrintScripts.Of(text[i]);
        if (script != PrintScript.Other || !PrintScripts.IsRightToLeft(run) || !char.IsWhiteSpace(text[i]))
        {
            return script;
        }

        var j = i;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        return j < text.Length && PrintScripts.Of(text[j]) == run ? run : PrintScript.Other;
    }
}
