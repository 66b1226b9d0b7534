using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// An XML example's layout as a reader wants it: the indentation all its lines share (the TEI file's own, around
/// the example) taken off, and the blank lines and spaces at its edges trimmed; the example's inner layout kept.
/// </summary>
internal static class XmlExampleLayout
{
    public static List<XmlToken> Tidy(List<XmlToken> tokens)
    {
        var common = CommonIndent(tokens);
        var tidy = tokens.Select(t => t.Kind == XmlTokenKind.Text && common.Length > 0 ? t with { Text = Dedent(t.Text, common) } : t).ToList();
        while (tidy.Count > 0 && tidy[0] is { Kind: XmlTokenKind.Text } first && (tidy[0] = first with { Text = first.Text.TrimStart() }).Text.Length == 0)
        {
            tidy.RemoveAt(0);
        }

        while (tidy.Count > 0 && tidy[^1] is { Kind: XmlTokenKind.Text } last && (tidy[^1] = last with { Text = last.Text.TrimEnd() }).Text.Length == 0)
        {
            tidy.RemoveAt(tidy.Count - 1);
        }

        return tidy;
    }

    /// <summary>The longest run of spaces and tabs that begins every line with something on it (after the first).</summary>
    private static string CommonIndent(List<XmlToken> tokens)
    {
        string? common = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != XmlTokenKind.Text)
            {
                continue;
            }

            var text = tokens[i].Text;
            for (var newline = text.IndexOf('\n'); newline >= 0; newline = text.IndexOf('\n', newline + 1))
            {
                var end = newline + 1;
                while (end < text.Length && text[end] is ' ' or '\t')
                {
                    end++;
                }

                var blank = end < text.Length ? text[end] is '\n' or '\r' : i == tokens.Count - 1;
                if (!blank)
                {
                    var indent = text[(newline + 1)..end];
                    common = common is null ? indent : common[..SharedLength(common, indent)];
                }
            }
        }

        return common ?? "";
    }

    private static int SharedLength(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    private static string Dedent(string text, string common)
    {
        if (!text.Contains('\n'))
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            lines[i] = lines[i][SharedLength(lines[i], common)..];
        }

        return string.Join('\n', lines);
    }
}
