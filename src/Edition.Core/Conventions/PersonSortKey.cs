namespace Edition.Core.Conventions;

/// <summary>
/// A person's name as an index sorts it, surname first: "Karl von Clausewitz" → "Clausewitz, Karl von",
/// "Иосиф Виссарионович Сталин" → "Сталин, Иосиф Виссарионович" (a patronymic stays with the given names). The
/// surname is the last word; lower-case particles before it ("von", "de", "di") go after the given names, as German,
/// French and Italian indexes put them; "al-" stays on its word but is not sorted under.
/// </summary>
public static class PersonSortKey
{
    public static string Of(string name, NameConvention? names = null, IEnumerable<string>? particles = null)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2 || name.Contains(',', StringComparison.Ordinal) || names?.Order == "family-first")
        {
            return name.Trim();
        }

        var known = new HashSet<string>(particles ?? names?.Particles ?? [], StringComparer.Ordinal);
        var surnameStart = words.Length - 1;
        while (surnameStart > 1 && known.Contains(words[surnameStart - 1]))
        {
            surnameStart--;
        }

        var surname = Unprefixed(words[^1], known, out var prefix);
        var rest = words[..surnameStart].Concat(words[surnameStart..^1]).Append(prefix).Where(w => w.Length > 0);
        return $"{surname}, {string.Join(' ', rest)}";
    }

    /// <summary>"al-Husseini" sorts under "Husseini": the article is kept, after the given names.</summary>
    private static string Unprefixed(string word, HashSet<string> particles, out string prefix)
    {
        prefix = particles.FirstOrDefault(p => p.EndsWith('-') && word.StartsWith(p, StringComparison.Ordinal) && word.Length > p.Length) ?? "";
        return word[prefix.Length..];
    }
}
