namespace Edition.Rendering.Latex;

/// <summary>
/// One token of a TeX formula as TeX reads it with its usual categories: a control word (<c>\frac</c>, <c>Name</c>
/// "frac"), a control symbol (<c>\,</c>, <c>Name</c> ","), or a character (<c>Name</c> null).
/// </summary>
internal readonly record struct TexMathToken(string? Name, char Character, bool IsSymbol)
{
    public bool IsCommand => Name is not null;

    public bool Is(char c) => Name is null && Character == c;

    public bool IsWord(string name) => Name == name && !IsSymbol;

    public override string ToString() => Name is null ? Character.ToString() : "\\" + Name;

    /// <summary>The tokens of a formula (no TeX input is interpreted: a backslash at the end is a token of its own).</summary>
    public static List<TexMathToken> Tokenize(string tex)
    {
        var tokens = new List<TexMathToken>();
        for (var i = 0; i < tex.Length; i++)
        {
            if (tex[i] != '\\' || i == tex.Length - 1)
            {
                tokens.Add(new TexMathToken(null, tex[i], false));
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < tex.Length && char.IsAsciiLetter(tex[end]))
            {
                end++;
            }

            // A control word swallows the spaces after it, as TeX's reader does.
            tokens.Add(end > start ? new TexMathToken(tex[start..end], '\\', false) : new TexMathToken(tex[start].ToString(), '\\', true));
            i = end > start ? end - 1 : start;
            while (end > start && i + 1 < tex.Length && tex[i + 1] == ' ')
            {
                i++;
            }
        }

        return tokens;
    }
}
