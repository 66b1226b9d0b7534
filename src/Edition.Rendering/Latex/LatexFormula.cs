using System.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// TeX formulas and XML examples in the print edition. A formula in the safe subset (<see cref="TexMathSubset"/>) is
/// typeset by TeX (<c>\edmath</c>, <c>\eddisplaymath</c>); any other is printed as its escaped source
/// (<c>\edtexsource</c>), and <see cref="TexFormulaReport"/> says so at its TEI line. An XML example is monospaced
/// text, escaped, its lines kept (<c>\edxml</c>, <c>\edxmlblock</c>), which also holds inside numbered text.
/// </summary>
internal static class LatexFormula
{
    /// <param name="inNote">In a note or a lemma a displayed formula stays in its line (a paragraph cannot end there).</param>
    public static string Tex(TexFormulaNode formula, bool inNote)
    {
        if (formula.Tex.Length == 0)
        {
            return "";
        }

        if (TexMathSubset.Problem(formula.Tex) is not null)
        {
            return $@"\edtexsource{{{LatexEscaper.Escape(formula.Tex)}}}";
        }

        return !formula.Display ? $@"\edmath{{{formula.Tex}}}"
            : inNote ? $@"\edmath{{\displaystyle {formula.Tex}}}"
            : $@"\eddisplaymath{{{formula.Tex}}}";
    }

    public static string Xml(XmlExampleNode example, bool inNote)
    {
        // The example's markup as it is written (its text escaped as XML), then escaped for TeX.
        var source = string.Concat(example.Tokens.Select(t => t.Text));
        var macro = example.Display && !inNote ? @"\edxmlblock" : @"\edxml";
        return source.Length == 0 ? "" : $"{macro}{{{string.Join(@"\edlinebreak{}", source.Split('\n').Select(Line))}}}";
    }

    /// <summary>
    /// A line of the example: its indentation kept as fixed spaces in a box (a tab as four; TeX drops bare spaces at a
    /// line's start), the rest escaped; an empty line an empty box, so the break before it has a line to end.
    /// </summary>
    private static string Line(string line)
    {
        var indent = new StringBuilder();
        var i = 0;
        for (; i < line.Length && line[i] is ' ' or '\t'; i++)
        {
            indent.Append(line[i] == '\t' ? "~~~~" : "~");
        }

        var rest = LatexEscaper.Escape(line[i..]);
        return (indent.Length > 0 ? $@"\mbox{{{indent}}}" : "") + (indent.Length + rest.Length == 0 ? @"\mbox{}" : rest);
    }
}
