using System.Text.RegularExpressions;

namespace Edition.Import.Wilson.Layout;

/// <summary>
/// The recurring parts of a Soviet ciphered telegram and of its English rendering. Russian and English forms
/// share one pattern each: they never collide, and one list is easier to extend than two.
/// </summary>
internal static partial class TelegramPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(ШИФРО?ТЕЛЕГРАММА|CIPHER(ED)? TELEGRAM|ШИФРОВКА)\b", Options)]
    public static partial Regex Telegram();

    [GeneratedRegex(@"^(Продолжение шифро?телеграммы|Continuation of (the )?cipher(ed)? telegram)", Options)]
    public static partial Regex Continuation();

    /// <remarks>"ГЕНЕРАЛЬН" only at a word's start: tried inside a long word it would scan the rest of it each time.</remarks>
    [GeneratedRegex(@"(ГЛАВНОЕ УПРАВЛЕНИЕ|(?<!\w)ГЕНЕРАЛЬН\w+ ШТАБ|ГЕНШТАБ|МИНИСТЕРСТВ\w+|MAIN ADMINISTRATION|GENERAL STAFF|MINISTRY)", Options)]
    public static partial Regex Administration();

    [GeneratedRegex(@"^((НЕ|СОВ(ЕРШЕННО)?\.?|СТРОГО)\s+)?СЕКРЕТНО\b|^Снятие копий воспрещается|^ОСОБАЯ ПАПКА|^((NOT|TOP|STRICTLY)\s+)?SECRET\b|^Copying (is )?(prohibited|forbidden)|^SPECIAL (FILE|DOSSIER)", Options)]
    public static partial Regex Stamp();

    [GeneratedRegex(@"^(ИЗ|FROM)\s+\S.*\b(получен[аоы]?|received)\b", Options)]
    public static partial Regex Received();

    [GeneratedRegex(@"^Для заметок", Options)]
    public static partial Regex Form();

    [GeneratedRegex(@"ВОЗВРАТУ|Экз\.\s*№\s*\d+\s*/", Options)]
    public static partial Regex Registration();

    [GeneratedRegex(@"^(ПОДЛЕЖИТ ВОЗВРАТУ|TO BE RETURNED)", Options)]
    public static partial Regex Footer();

    [GeneratedRegex(@"^(СЕРИЯ|SERIES)\b", Options)]
    public static partial Regex Series();

    [GeneratedRegex(@"^(Copies|Distribution|Рассылка)\s*:", Options)]
    public static partial Regex Distribution();

    [GeneratedRegex(@"^/?\s*(см\.?\s*сл\.?\s*лист|see next (page|sheet))\.?\s*/?$", Options)]
    public static partial Regex Catch();

    [GeneratedRegex(@"^(Лист|Page|Sheet)\s+\d+\.?$", Options)]
    public static partial Regex PageNumber();

    [GeneratedRegex(@"^(Экз\.|Copy)\s*(№|No\.?)?\s*\d+\.?$", Options)]
    public static partial Regex CopyMarking();

    [GeneratedRegex(@"^(Расп\.|Отп\.|Отпечатано|Печ\.|Исп\.|Typed|Dispatched)", Options)]
    public static partial Regex Dispatch();

    [GeneratedRegex(@"^(Верно|True copy|Correct)\s*:", Options)]
    public static partial Regex Certification();

    [GeneratedRegex(@"^(товарищ(у|ам)|To Comrades?|To)\s+\S", Options)]
    public static partial Regex Address();

    [GeneratedRegex(@"^(Товарищ|Товарищи|Comrades?|Дорог(ой|ие)|Уважаемый|Dear)\b.{0,60}[!,:]$", Options)]
    public static partial Regex Salute();

    [GeneratedRegex(@"^(№|No\.?|N)\s*\d+.{0,12}?\d{1,2}\.\d{1,2}\.\d{2,4}\.?$|^\d{1,2}\.\d{1,2}\.\d{2,4}\.?$", Options)]
    public static partial Regex Dateline();

    /// <summary>A place and a date closing a letter: "Москва, 5 марта 1950 г.", "Moscow, March 5, 1950", "Berlin, 5.3.1950".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}-]+( \p{Lu}[\p{L}-]+)?,\s*(\d{1,2}\.?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})(\s*(г\.|года))?\.?$", RegexOptions.CultureInvariant)]
    public static partial Regex PlaceDate();

    [GeneratedRegex(@"^(\d{1,2})[.)]\s")]
    public static partial Regex Numbered();

    /// <summary>
    /// A trailing folio number on a header line ("… СОВЕТСКОЙ АРМИИ 64" → "… СОВЕТСКОЙ АРМИИ", "64"): one to four
    /// digits (ASCII: the folio is parsed) after white space after something else. Read from the end by hand: as a regex (".*\D\s+\d{1,4}$") a
    /// long run of spaces made it backtrack quadratically.
    /// </summary>
    public static (string Text, string Folio)? TrailingFolio(string line)
    {
        var digits = line.Length;
        while (digits > 0 && char.IsAsciiDigit(line[digits - 1]))
        {
            digits--;
        }

        var count = line.Length - digits;
        return count is >= 1 and <= 4 && digits >= 2 && char.IsWhiteSpace(line[digits - 1]) && !char.IsDigit(line[digits - 2])
            ? (line[..(digits - 1)], line[digits..])
            : null;
    }
}
