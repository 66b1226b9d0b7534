using System.Globalization;

namespace Edition.Rendering.Latex;

/// <summary>TEI dates (ISO 8601: 1951, 1951-06, 1951-06-21) as an English reader writes them; anything else escaped as given.</summary>
internal static class PrintDate
{
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(string? iso)
    {
        var parts = (iso ?? "").Split('-');
        if (parts.Length is < 1 or > 3 || parts.Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)) || parts[0].Length != 4)
        {
            return LatexEscaper.Escape(iso);
        }

        var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        if (parts.Length > 1 && month is < 1 or > 12)
        {
            return LatexEscaper.Escape(iso);
        }

        return parts.Length switch
        {
            1 => parts[0],
            2 => $"{Months[month - 1]} {parts[0]}",
            _ => $"{int.Parse(parts[2], CultureInfo.InvariantCulture)} {Months[month - 1]} {parts[0]}",
        };
    }
}
