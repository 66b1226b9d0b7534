using Edition.Import.Wilson.Layout;
using Edition.Import.Wilson.Names;

namespace Edition.Import.Wilson.Metadata;

/// <summary>
/// Sender and recipient. The title says it most plainly ("Telegram from Mao Zedong to I.V. Stalin"); the
/// signature and the address back it up when the title names no known person.
/// </summary>
internal static class Correspondents
{
    public static (GazetteerEntry? Sender, GazetteerEntry? Recipient) Find(
        string title, NameIndex english, IReadOnlyList<LayoutBlock> original, NameIndex originalNames)
    {
        var persons = english.Find(title).Where(h => h.Entry.Kind == "person").ToList();
        var from = title.IndexOf(" from ", StringComparison.OrdinalIgnoreCase);
        var to = title.IndexOf(" to ", Math.Max(0, from), StringComparison.OrdinalIgnoreCase);
        var sender = persons.FirstOrDefault(h => h.Start > from && (to < 0 || h.Start < to))?.Entry;
        var recipient = to < 0 ? null : persons.FirstOrDefault(h => h.Start > to)?.Entry;
        sender ??= Person(original, "signature", originalNames);
        recipient ??= Person(original, "address", originalNames) ?? Person(original, "salute", originalNames);
        return (sender, recipient);
    }

    /// <summary>The first place named in the received line ("ИЗ ПЕКИНА получена …"): where the telegram came from.</summary>
    public static GazetteerEntry? SenderPlace(IReadOnlyList<LayoutBlock> original, NameIndex originalNames) =>
        TelegramFacts.Role(original, "received") is { } line
            ? originalNames.Find(line).FirstOrDefault(h => h.Entry.Kind == "place")?.Entry
            : null;

    private static GazetteerEntry? Person(IReadOnlyList<LayoutBlock> blocks, string role, NameIndex names) =>
        TelegramFacts.Role(blocks, role) is { } text
            ? names.Find(text).FirstOrDefault(h => h.Entry.Kind == "person")?.Entry
              ?? names.Exact(string.Concat(text.Split(' ').Where(w => w.Length == 1)))
            : null;
}
