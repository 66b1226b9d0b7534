using System.Globalization;
using Edition.Core.Conventions;

namespace Edition.Rendering.Html;

/// <summary>
/// ISO dates (1951, 1951-06, 1951-06-21, with or without time) for reading in a UI language: as its tradition's
/// convention writes them where one is shipped ("21 June 1951", «21 июня 1951 г.», "21. Juni 1951", "1er juin
/// 1951"), else by the language's culture data, Gregorian ("21 de junio de 1951", "1951年6月21日").
/// </summary>
public static class DateText
{
    /// <param name="conventions">The edition's conventions (null: those shipped).</param>
    public static string? Format(string? iso, string lang, ConventionCatalog? conventions = null)
    {
        var catalog = conventions ?? ConventionCatalog.Shipped;
        if (string.IsNullOrEmpty(iso) || catalog.Find(lang.Split('-')[0]) is not null || !Patterns.TryGetValue(lang.Split('-')[0], out var pattern))
        {
            return ConventionDate.Format(iso, catalog.ForLanguage(lang));
        }

        var parts = iso.Split('T')[0].Split('-');
        if (parts.Length < 2 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return iso;
        }

        return Localized(lang, parts, month, pattern) ?? ConventionDate.Format(iso, catalog.ForLanguage(lang));
    }

    /// <summary>A day's and a month's pattern per interface language no shipped convention covers.</summary>
    private static readonly Dictionary<string, (string Day, string Month)> Patterns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["es"] = ("d 'de' MMMM 'de' yyyy", "MMMM 'de' yyyy"),
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

        return new DateTime(year, month, day).ToString(pattern.Day, format);
    }
}
