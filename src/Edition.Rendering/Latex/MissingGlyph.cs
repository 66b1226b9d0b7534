using System.Globalization;
using System.Text.RegularExpressions;

namespace Edition.Rendering.Latex;

/// <summary>A character XeTeX found in no glyph of the font it was set in (the PDF has a blank there).</summary>
public sealed partial record MissingGlyph(string Character, string Font)
{
    /// <summary>"𐤀 (U+10900)": the character and its code point, which names it where the character cannot be seen.</summary>
    public string Named => $"{Character} (U+{char.ConvertToUtf32(Character, 0):X4})";

    /// <summary>
    /// XeTeX's "Missing character: There is no 𐤀 (U+10900) in font Noto Serif Regular/OT:script=latn;…!" lines of a
    /// log, each character once (the first font named), in the order met. TeX wraps log lines at 79 characters, so a
    /// line that does not end the message is joined to the next.
    /// </summary>
    public static IReadOnlyList<MissingGlyph> InLog(string log)
    {
        var lines = log.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var found = new List<MissingGlyph>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("Missing character: ", StringComparison.Ordinal))
            {
                continue;
            }

            var message = lines[i];
            while (!message.Contains('!', StringComparison.Ordinal) && i + 1 < lines.Length && message.Length < 1_000)
            {
                message += lines[++i];
            }

            if (Parse(message) is { } glyph && !found.Exists(g => g.Character == glyph.Character))
            {
                found.Add(glyph);
            }
        }

        return found;
    }

    /// <summary>The code point where the log gives it (XeTeX since 2021), else the character as written.</summary>
    private static MissingGlyph? Parse(string message)
    {
        var m = Message().Match(message);
        var character = !m.Success ? null
            : m.Groups[2].Success ? FromCode(m.Groups[2].Value)
            : m.Groups[1].Value is { Length: > 0 and <= 2 } written && char.IsSurrogatePair(written, 0) == (written.Length == 2) ? written : null;

        // The font's name without XeTeX's feature list ("/OT:script=latn;…", ":mapping=tex-text;").
        return character is null ? null : new MissingGlyph(character, m.Groups[3].Value.Split('/', ':')[0].Trim());
    }

    private static string? FromCode(string hex) =>
        int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) && code <= 0x10FFFF && code is < 0xD800 or > 0xDFFF
            ? char.ConvertFromUtf32(code)
            : null;

    [GeneratedRegex(@"^Missing character: There is no (.+?)(?: \(U\+([0-9A-Fa-f]{4,6})\))? in font ([^!]*)!")]
    private static partial Regex Message();
}
