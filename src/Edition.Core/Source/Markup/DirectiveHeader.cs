using System.Text;

namespace Edition.Core.Source.Markup;

/// <summary>The part of a directive before its colon: <c>name positional key=value key="quoted value" #key</c>.</summary>
internal sealed record DirectiveHeader(string Name, List<string> Args, Dictionary<string, string> Named)
{
    /// <summary>Splits the header; returns null with an error message when it is malformed.</summary>
    public static DirectiveHeader? Parse(string text, out string? error)
    {
        error = null;
        var tokens = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                continue;
            }

            if (char.IsWhiteSpace(c) && !quoted)
            {
                Flush();
                continue;
            }

            current.Append(c);
        }

        if (quoted)
        {
            error = "unterminated quoted value";
            return null;
        }

        Flush();
        if (tokens.Count == 0)
        {
            error = "empty directive '{}'";
            return null;
        }

        var name = tokens[0].StartsWith('#') ? "#" : tokens[0];
        var args = new List<string>();
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in name == "#" ? tokens : tokens.Skip(1))
        {
            var eq = token.IndexOf('=', StringComparison.Ordinal);
            if (token.StartsWith('#'))
            {
                named["key"] = token[1..];
            }
            else if (eq > 0)
            {
                named[token[..eq]] = token[(eq + 1)..];
            }
            else
            {
                args.Add(token);
            }
        }

        return new DirectiveHeader(name, args, named);

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
