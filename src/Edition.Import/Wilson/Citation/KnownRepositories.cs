namespace Edition.Import.Wilson.Citation;

/// <summary>
/// Abbreviations found in Wilson Center citations. Older names of the same holdings (TsKhSD, RTsKhIDNI) and
/// Cyrillic forms map to the current abbreviation, so one archive is always cited one way.
/// </summary>
internal static class KnownRepositories
{
    private static readonly KnownRepository[] All =
    [
        new("APRF", "Archive of the President of the Russian Federation", "Moscow", "Russia"),
        new("AVPRF", "Archive of Foreign Policy of the Russian Federation", "Moscow", "Russia"),
        new("RGASPI", "Russian State Archive of Socio-Political History", "Moscow", "Russia"),
        new("RGANI", "Russian State Archive of Contemporary History", "Moscow", "Russia"),
        new("GARF", "State Archive of the Russian Federation", "Moscow", "Russia"),
        new("RGAE", "Russian State Archive of the Economy", "Moscow", "Russia"),
        new("RGVA", "Russian State Military Archive", "Moscow", "Russia"),
        new("TsAMO", "Central Archive of the Ministry of Defence of the Russian Federation", "Podolsk", "Russia"),
        new("PRC FMA", "Archive of the Ministry of Foreign Affairs of the People's Republic of China", "Beijing", "China"),
        new("SAPMO-BArch", "Foundation Archives of Parties and Mass Organizations of the GDR in the Federal Archives", "Berlin", "Germany"),
        new("AAN", "Central Archives of Modern Records", "Warsaw", "Poland"),
        new("MOL", "Hungarian National Archives", "Budapest", "Hungary"),
        new("NARA", "National Archives and Records Administration", "College Park, MD", "United States"),
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AP RF"] = "APRF", ["АПРФ"] = "APRF", ["AVP RF"] = "AVPRF", ["АВПРФ"] = "AVPRF", ["AVP"] = "AVPRF",
        ["РГАСПИ"] = "RGASPI", ["RTsKhIDNI"] = "RGASPI", ["РГАНИ"] = "RGANI", ["TsKhSD"] = "RGANI", ["ГАРФ"] = "GARF",
        ["ЦАМО"] = "TsAMO", ["RGAE"] = "RGAE", ["РГАЭ"] = "RGAE", ["РГВА"] = "RGVA",
    };

    public static KnownRepository? Find(string abbr)
    {
        var key = abbr.Trim();
        if (Aliases.TryGetValue(key, out var canonical))
        {
            key = canonical;
        }

        return All.FirstOrDefault(r => string.Equals(r.Abbr, key, StringComparison.OrdinalIgnoreCase));
    }
}
