using System.Globalization;
using System.Text.RegularExpressions;
using Edition.Import.Wilson.Layout;

namespace Edition.Import.Wilson.Metadata;

/// <summary>Facts read off the telegram's apparatus: its number, the sender's number, the copy, when it was received.</summary>
internal static partial class TelegramFacts
{
    public static List<(string Type, string Value, string Label)> Identifiers(IReadOnlyList<LayoutBlock> original)
    {
        var ids = new List<(string, string, string)>();
        if (Role(original, "telegram") is { } head && Number().Match(head) is { Success: true } t)
        {
            ids.Add(("telegram", t.Groups[1].Value, TelegramPatterns.Telegram().IsMatch(head) && head.Contains("ШИФР", StringComparison.OrdinalIgnoreCase) ? "Ciphered telegram no." : "Telegram no."));
        }

        if (Role(original, "dateline") is { } dateline && Outgoing().Match(dateline) is { Success: true } o)
        {
            ids.Add(("outgoing", o.Groups[1].Value, "Sender's no."));
        }

        if (Role(original, "received") is { } received && Copy().Match(received) is { Success: true } c)
        {
            ids.Add(("copy", c.Groups[1].Value, "Copy no."));
        }

        return ids;
    }

    /// <summary>"получена 21 - ч. 15 - м 21 - 6 1951 г." or "Received 21:15 21.6.1951" → 1951-06-21T21:15.</summary>
    public static string? Received(IReadOnlyList<LayoutBlock> original, IReadOnlyList<LayoutBlock> translation)
    {
        foreach (var text in new[] { Role(original, "received"), Role(translation, "received") })
        {
            var m = text is null ? Match.Empty : ReceivedRu().Match(text) is { Success: true } ru ? ru : ReceivedEn().Match(text);
            if (!m.Success)
            {
                continue;
            }

            var c = CultureInfo.InvariantCulture;
            int G(string name) => int.Parse(m.Groups[name].Value, c);
            if (G("h") < 24 && G("min") < 60 && DateOnly.TryParseExact($"{G("y"):0000}-{G("mo"):00}-{G("d"):00}", "yyyy-MM-dd", c, DateTimeStyles.None, out var date))
            {
                return string.Create(c, $"{date:yyyy-MM-dd}T{G("h"):00}:{G("min"):00}");
            }
        }

        return null;
    }

    public static string? Role(IReadOnlyList<LayoutBlock> blocks, string role) => blocks.FirstOrDefault(b => b.Role == role)?.Flat;

    [GeneratedRegex(@"(?:№|No\.?)\s*(\d+)")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:№|No\.?|N)\s*(\d+)")]
    private static partial Regex Outgoing();

    [GeneratedRegex(@"(?:Экз\.|Copy)\s*(?:№|No\.?)\s*(\d+)")]
    private static partial Regex Copy();

    [GeneratedRegex(@"получена\s+(?<h>\d{1,2})\s*-\s*ч\.?\s*(?<min>\d{1,2})\s*-\s*м\.?\s*(?<d>\d{1,2})\s*-\s*(?<mo>\d{1,2})\s+(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedRu();

    [GeneratedRegex(@"Received\s+(?<h>\d{1,2}):(?<min>\d{2})\s+(?<d>\d{1,2})\.(?<mo>\d{1,2})\.(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedEn();
}
