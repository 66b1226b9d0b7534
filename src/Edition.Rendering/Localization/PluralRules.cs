namespace Edition.Rendering.Localization;

/// <summary>
/// CLDR's cardinal plural rules (plurals.xml, CLDR 44) for the interface languages Edition ships, as CLDR writes
/// them, so the same text can be evaluated here and, carried in a page, by the site's script. A language without
/// rules here has the single category <c>other</c>, as CLDR's root does.
/// </summary>
public static class PluralRules
{
    /// <summary>Rules by language: category, then condition; <c>other</c> is implied and always last.</summary>
    private static readonly Dictionary<string, string> Cldr = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "one: i = 1 and v = 0",
        ["de"] = "one: i = 1 and v = 0",
        ["it"] = "one: i = 1 and v = 0; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5",
        ["es"] = "one: n = 1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5",
        ["fr"] = "one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5",
        ["ru"] = "one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14; "
            + "many: v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14",
        ["ar"] = "zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99",
        ["he"] = "one: i = 1 and v = 0 or i = 0 and v != 0; two: i = 2 and v = 0",
        ["zh"] = "",
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PluralRule> Parsed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The languages whose rules are known.</summary>
    public static IEnumerable<string> Languages => Cldr.Keys;

    /// <summary>The CLDR rule text of a language tag's language ("" when it has only <c>other</c>).</summary>
    public static string Text(string lang) => Cldr.GetValueOrDefault(Primary(lang)) ?? "";

    /// <summary>Whether CLDR's rules for the tag's language are known here.</summary>
    public static bool Knows(string lang) => Cldr.ContainsKey(Primary(lang));

    /// <summary>The rule of a language tag ("pt-BR" takes "pt"'s).</summary>
    public static PluralRule For(string lang) => Parsed.GetOrAdd(Primary(lang), l => PluralRule.Parse(Text(l)));

    private static string Primary(string lang) => lang.Split('-', '_')[0];
}
