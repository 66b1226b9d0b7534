using System.Text;

namespace Edition.Core.Source.Yaml;

/// <summary>
/// YAML scalars as the hand-written samples spell them: free text double-quoted (with escapes), ids and
/// dates plain. Written by hand rather than serialised so key order and quoting stay stable and readable; used
/// wherever Edition writes YAML (the importer, <c>edition new</c>).
/// </summary>
public static class YamlText
{
    public static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ': sb.Append($"\\x{(int)c:x2}"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Plain when safe (ids, dates, wikidata), quoted otherwise.</summary>
    public static string Scalar(string text) =>
        text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or ' ')
            && !char.IsDigit(text[0]) && text.Trim() == text && !IsReserved(text)
            ? text
            : Quote(text);

    private static bool IsReserved(string text) =>
        text.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "null" or "on" or "off" or "y" or "n" or "~";
}
