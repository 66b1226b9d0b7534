namespace Edition.Rendering.Latex;

/// <summary>ISO 639-1 codes as polyglossia names; unknown codes fall back to English rather than failing the run.</summary>
internal static class PolyglossiaLanguage
{
    public static string Name(string? code) => (code ?? "").Split('-')[0].ToLowerInvariant() switch
    {
        "ru" => "russian",
        "uk" => "ukrainian",
        "de" => "german",
        "fr" => "french",
        "it" => "italian",
        "es" => "spanish",
        "pl" => "polish",
        "cs" => "czech",
        "la" => "latin",
        "ar" => "arabic",
        "he" or "iw" => "hebrew",
        _ => "english",
    };
}
