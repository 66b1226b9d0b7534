using Edition.Import.Wilson.Layout;

namespace Edition.Import.Wilson.Metadata;

/// <summary>The document type: from the telegram heading when there is one, else from the title's first words.</summary>
internal static class DocumentType
{
    private static readonly (string Word, string Type, string Label)[] ByTitle =
    [
        ("Ciphered Telegram", "ciphered-telegram", "Ciphered telegram"),
        ("Telegram", "telegram", "Telegram"),
        ("Cable", "telegram", "Telegram"),
        ("Letter", "letter", "Letter"),
        ("Memorandum", "memorandum", "Memorandum"),
        ("Record of Conversation", "conversation", "Record of conversation"),
        ("Minutes of Conversation", "conversation", "Record of conversation"),
        ("Report", "report", "Report"),
        ("Note", "note", "Note"),
        ("Resolution", "resolution", "Resolution"),
    ];

    public static (string Type, string Label) Find(string title, IReadOnlyList<LayoutBlock> original)
    {
        var head = TelegramFacts.Role(original, "telegram");
        if (head is not null && (head.Contains("ШИФР", StringComparison.OrdinalIgnoreCase) || head.Contains("CIPHER", StringComparison.OrdinalIgnoreCase)))
        {
            return ("ciphered-telegram", "Ciphered telegram");
        }

        var match = ByTitle.FirstOrDefault(t => title.StartsWith(t.Word, StringComparison.OrdinalIgnoreCase));
        return match.Type is null ? ("document", "Document") : (match.Type, match.Label);
    }
}
