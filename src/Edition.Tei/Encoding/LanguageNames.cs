using System.Globalization;

namespace Edition.Tei.Encoding;

/// <summary>English names of languages for <c>langUsage</c>, from .NET's culture data.</summary>
public static class LanguageNames
{
    public static string English(string code)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(code).EnglishName;
            return name.StartsWith("Unknown", StringComparison.Ordinal) ? code : name;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
