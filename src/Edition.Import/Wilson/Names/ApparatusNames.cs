using System.Globalization;
using System.Text.RegularExpressions;
using Edition.Import.Wilson.Layout;

namespace Edition.Import.Wilson.Names;

/// <summary>
/// People the gazetteer cannot know: the clerks in a dispatch note ("Расп. Сущев 22.00") and the officer who
/// certifies a copy ("Смирнов"). They become persons with a transliterated id, flagged for the editor.
/// </summary>
internal static partial class ApparatusNames
{
    public static List<GazetteerEntry> Find(IReadOnlyList<LayoutBlock> blocks, NameIndex known, string language)
    {
        var found = new List<GazetteerEntry>();
        foreach (var b in blocks)
        {
            if (b is { Kind: LayoutBlockKind.Forme, Type: "dispatch" })
            {
                foreach (Match m in b.Lines.SelectMany(l => Dispatcher().Matches(l)))
                {
                    Add(found, m.Groups["name"].Value, $"named in the telegram's dispatch note ('{m.Groups["mark"].Value}.')", known, language);
                }
            }
            else if (b.Kind == LayoutBlockKind.Signed && Signatory().Match(b.Lines[0]) is { Success: true } s)
            {
                Add(found, s.Groups["name"].Value, "signs the telegram", known, language);
            }
        }

        return found;
    }

    private static void Add(List<GazetteerEntry> found, string raw, string context, NameIndex known, string language)
    {
        if (known.Find(raw).Any())
        {
            return;
        }

        var name = raw.Length > 1 && raw.All(c => !char.IsLetter(c) || char.IsUpper(c))
            ? raw[0] + raw[1..].ToLower(CultureInfo.GetCultureInfo(language))
            : raw;
        var latin = Transliterator.ToLatin(name);
        var id = Transliterator.ToId(name);
        if (id.Length == 0 || found.Any(f => f.Id == id))
        {
            return;
        }

        found.Add(new GazetteerEntry
        {
            Id = id,
            Name = latin,
            Names = new() { [language] = name, ["en"] = latin },
            Note = $"Not identified: {context}. Added by the Wilson importer.",
            Forms = new() { [language] = raw == name ? [raw] : [raw, name] },
            LinkOncePerBlock = true,
        });
    }

    [GeneratedRegex(@"(?<mark>Расп|Отп|Печ|Исп)\.\s*(?<name>\p{Lu}\p{Ll}{2,}|\p{Lu}{3,})(?!\p{L})")]
    private static partial Regex Dispatcher();

    [GeneratedRegex(@"^(?:\p{Lu}\.\s*){0,2}(?<name>\p{Lu}\p{Ll}{2,}|\p{Lu}{3,})$")]
    private static partial Regex Signatory();
}
