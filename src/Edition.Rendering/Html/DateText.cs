using System.Globalization;

namespace Edition.Rendering.Html;

/// <summary>ISO dates (1951, 1951-06, 1951-06-21, with or without time) for reading: "21 June 1951", «21 июня 1951 г.».</summary>
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

        var ru = lang == "ru";
        if (parts.Length == 2)
        {
            return ru ? $"{RussianMonthsNominative[month - 1]} {parts[0]} г." : $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {parts[0]}";
        }

        var day = int.TryParse(parts[2], CultureInfo.InvariantCulture, out var d) ? d.ToString(CultureInfo.InvariantCulture) : parts[2];
        return ru ? $"{day} {RussianMonths[month - 1]} {parts[0]} г." : $"{day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {parts[0]}";
    }
}
