using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Validation;

/// <summary>Describes what a pattern state would accept next, for error messages.</summary>
internal static class Expectations
{
    private const int MaxNames = 12;

    /// <summary>Elements (and "text" when text is acceptable) that may come next.</summary>
    public static string Content(Pattern state, string? contextNamespace)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<int>();
        var text = false;
        var data = new SortedSet<string>(StringComparer.Ordinal);
        Walk(state, names, data, visited, ref text, contextNamespace);
        var parts = names.Take(MaxNames).ToList();
        if (names.Count > MaxNames)
        {
            parts.Add($"… ({names.Count - MaxNames} more)");
        }

        if (text)
        {
            parts.Add("text");
        }

        parts.AddRange(data);
        return parts.Count switch
        {
            0 => "nothing more (end of element)",
            1 => parts[0],
            _ => "one of: " + string.Join(", ", parts),
        };
    }

    /// <summary>What an attribute or data value had to be: datatypes and allowed values.</summary>
    public static string Values(IEnumerable<Pattern> valuePatterns)
    {
        var data = new SortedSet<string>(StringComparer.Ordinal);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<int>();
        var text = false;
        foreach (var p in valuePatterns)
        {
            Walk(p, names, data, visited, ref text, null);
        }

        return data.Count == 0 ? "a different value" : string.Join(", ", data.Take(MaxNames));
    }

    private static void Walk(Pattern p, SortedSet<string> names, SortedSet<string> data, HashSet<int> visited, ref bool text, string? ns)
    {
        if (!visited.Add(p.Id))
        {
            return;
        }

        switch (p)
        {
            case ElementPattern e:
                names.Add(e.Name.Describe(ns));
                break;
            case { Kind: PatternKind.Text }:
                text = true;
                break;
            case DataPattern d:
                data.Add("a value of type " + d.Datatype.Name);
                break;
            case ValuePattern v:
                data.Add("'" + v.Lexical + "'");
                break;
            case UnaryPattern { Kind: PatternKind.List }:
                data.Add("a list of values");
                break;
            case BinaryPattern { Kind: PatternKind.Group } g:
                Walk(g.Left, names, data, visited, ref text, ns);
                if (g.Left.Nullable)
                {
                    Walk(g.Right, names, data, visited, ref text, ns);
                }

                break;
            case BinaryPattern { Kind: PatternKind.After } a:
                Walk(a.Left, names, data, visited, ref text, ns);
                break;
            case BinaryPattern b:
                Walk(b.Left, names, data, visited, ref text, ns);
                Walk(b.Right, names, data, visited, ref text, ns);
                break;
            case UnaryPattern u:
                Walk(u.Child, names, data, visited, ref text, ns);
                break;
        }
    }

    /// <summary>Attributes that must still be given (those without which the start tag cannot close).</summary>
    public static string RequiredAttributes(Pattern state, Deriver deriver)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Required(state, deriver, names, new HashSet<int>());
        return names.Count == 0 ? "an attribute" : string.Join(", ", names.Select(n => "'" + n + "'"));
    }

    private static void Required(Pattern p, Deriver deriver, SortedSet<string> names, HashSet<int> visited)
    {
        if (!p.HasAttributes || !visited.Add(p.Id) || deriver.StartTagClose(p).Kind != PatternKind.NotAllowed)
        {
            return;
        }

        switch (p)
        {
            case AttributePattern a:
                names.Add(a.Name.Describe(null));
                break;
            case BinaryPattern { Kind: PatternKind.After } after:
                Required(after.Left, deriver, names, visited);
                break;
            case BinaryPattern b:
                Required(b.Left, deriver, names, visited);
                Required(b.Right, deriver, names, visited);
                break;
            case UnaryPattern u:
                Required(u.Child, deriver, names, visited);
                break;
        }
    }
}
