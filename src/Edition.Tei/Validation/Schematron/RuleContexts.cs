namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// A rule context is an XSLT pattern; evaluated from the root, <c>//P</c> selects exactly the nodes P matches
/// (including positional predicates, since <c>//</c> keeps the child axis of P's first step). Each top-level
/// union branch is prefixed separately; absolute branches are kept as they are.
/// </summary>
internal static class RuleContexts
{
    public static string ToSelection(string pattern)
    {
        var branches = SplitUnion(pattern).Select(b => b.Trim()).Where(b => b.Length > 0)
            .Select(b => b.StartsWith('/') ? b : "//" + b);
        return string.Join(" | ", branches);
    }

    private static List<string> SplitUnion(string pattern)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        char? quote = null;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (quote is { } q)
            {
                quote = c == q ? null : quote;
                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    break;
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case '|' when depth == 0:
                    parts.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(pattern[start..]);
        return parts;
    }
}
