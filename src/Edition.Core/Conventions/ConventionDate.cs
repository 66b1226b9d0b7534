using System.Globalization;

namespace Edition.Core.Conventions;

/// <summary>ISO dates (1951, 1951-06, 1951-06-21, with or without a time) as a tradition writes them: "3 March 1951", "3. März 1951", «3 марта 1951 г.».</summary>
public static class ConventionDate
{
    /// <returns>null for no date; the text as given when it is not an ISO date with a month.</returns>
    public static string? Format(string? iso, CitationConvention convention)
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

        var date = convention.Date;
        var names = CultureInfo.GetCultureInfo(convention.Culture).DateTimeFormat;
        if (parts.Length == 2)
        {
            var standalone = date.StandaloneMonths?.ElementAtOrDefault(month - 1) ?? names.GetMonthName(month);
            return Fill(date.Month, "", standalone, parts[0]);
        }

        if (!int.TryParse(parts[2], CultureInfo.InvariantCulture, out var d) || d < 1 || d > LastDay(parts[0], month))
        {
            return iso; // no such day (1951-02-30): shown as written rather than as a date that never was
        }

        var day = d.ToString(CultureInfo.InvariantCulture);
        var inDate = date.Months?.ElementAtOrDefault(month - 1) ?? names.MonthGenitiveNames[month - 1];
        return Fill(date.Day, d == 1 && date.FirstDay is { } first ? first : day, inDate, parts[0]);
    }

    /// <summary>The month's last day: by the calendar where the year is one .NET knows, else 31.</summary>
    private static int LastDay(string year, int month) =>
        int.TryParse(year, CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= 9999 ? DateTime.DaysInMonth(y, month) : 31;

    private static string Fill(string pattern, string day, string month, string year) =>
        pattern.Replace("{day}", day, StringComparison.Ordinal).Replace("{month}", month, StringComparison.Ordinal).Replace("{year}", year, StringComparison.Ordinal);
}
