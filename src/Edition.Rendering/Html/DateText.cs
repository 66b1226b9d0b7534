using System.Globalization;

namespace Edition.Rendering.Html;

/// <summary>
/// ISO dates (1951, 1951-06, 1951-06-21, with or without time) for reading in the interface's language: "21 June
/// 1951", «21 июня 1951 г.», "21. Juni 1951", "1951年6月21日"; the month names from the culture data, Gregorian.
/// </summary>
public static class DateText
{
    private static readonly string[] RussianMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    private static readonly string[] RussianMonthsNominative = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    public static string? Format(string? iso, string lang)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }

        var parts = iso.Split('T')[0].Split('-');
        if (parts.Length < 2 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return iso;
        }

        if (lang is not ("en" or "ru") && Patterns.TryGetValue(lang.Split('-')[0], out var pattern) && Localized(lang, parts, month, pattern) is { } localized)
        {
            return localized;
        }

        var ru = lang == "ru";
        if (parts.Length == 2)
        {
            return ru ? $"{RussianMonthsNominative[month - 1]} {parts[0]} г." : $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {parts[0]}";
        }

        var day = int.TryParse(parts[2], CultureInfo.InvariantCulture, out var d) ? d.ToString(CultureInfo.InvariantCulture) : parts[2];
        return ru ? $"{day} {RussianMonths[month - 1]} {parts[0]} г." : $"{day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {parts[0]}";
    }

    /// <summary>A day's and a month's pattern per interface language (beyond English and Russian, written above).</summary>
    private static readonly Dictionary<string, (string Day, string Month)> Patterns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = ("d. MMMM yyyy", "MMMM yyyy"),
        ["fr"] = ("d MMMM yyyy", "MMMM yyyy"),
        ["es"] = ("d 'de' MMMM 'de' yyyy", "MMMM 'de' yyyy"),
        ["it"] = ("d MMMM yyyy", "MMMM yyyy"),
        ["zh"] = ("yyyy年M月d日", "yyyy年M月"),
        ["ar"] = ("d MMMM yyyy", "MMMM yyyy"),
        ["he"] = ("d בMMMM yyyy", "MMMM yyyy"),
    };

    private static string? Localized(string lang, string[] parts, int month, (string Day, string Month) pattern)
    {
        if (!int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9999)
        {
            return string.Join('-', parts);
        }

        DateTimeFormatInfo format;
        try
        {
            format = (DateTimeFormatInfo)CultureInfo.GetCultureInfo(lang).DateTimeFormat.Clone();
            format.Calendar = new GregorianCalendar();
        }
        catch (CultureNotFoundException)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return new DateTime(year, month, 1).ToString(pattern.Month, format);
        }

        if (!int.TryParse(parts[2], CultureInfo.InvariantCulture, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return string.Join('-', parts);
        }

        // French writes the first of a month as an ordinal: "1er juin 1951".
        var text = new DateTime(year, month, day).ToString(pattern.Day, format);
        return day == 1 && lang.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "1er" + text[1..] : text;
    }
}
