using Edition.Core.Conventions;

namespace Edition.Rendering.Html;

/// <summary>ISO dates (1951, 1951-06, 1951-06-21, with or without time) for reading in a UI language, as its tradition writes them: "21 June 1951", «21 июня 1951 г.», "21. Juni 1951".</summary>
public static class DateText
{
    /// <param name="conventions">The edition's conventions (null: those shipped); the one named after the language is used, else English.</param>
    public static string? Format(string? iso, string lang, ConventionCatalog? conventions = null) =>
        ConventionDate.Format(iso, (conventions ?? ConventionCatalog.Shipped).ForLanguage(lang));
}
